import type { Database } from '../../db/database.ts';

/** True when any authority exists (the database has been set up). */
export async function anyAuthority(db: Database): Promise<boolean> {
  return (await db.selectFrom('authority').select('id').limit(1).executeTakeFirst()) !== undefined;
}

/** Creates an authority; returns its id. */
export async function insertAuthority(
  db: Database,
  a: { code: string; laNumber: string; name: string; shortName: string; population0to17: number; isDemo: boolean },
): Promise<string> {
  const row = await db
    .insertInto('authority')
    .values({
      code: a.code,
      la_number: a.laNumber,
      name: a.name,
      short_name: a.shortName,
      population_0_17: a.population0to17,
      is_demo: a.isDemo,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** An authority by its code. */
export async function findAuthorityByCode(db: Database, code: string) {
  return db.selectFrom('authority').selectAll().where('code', '=', code).executeTakeFirst();
}

/** Every authority, by name. */
export async function listAuthorities(db: Database) {
  return db.selectFrom('authority').selectAll().orderBy('name').execute();
}
