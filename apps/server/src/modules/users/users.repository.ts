import type { Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';

type Executor = Database | Transaction<DB>;

const USER_COLUMNS = [
  'id',
  'authority_id',
  'email',
  'display_name',
  'job_title',
  'team',
  'role',
  'disabled_at',
  'created_at',
] as const;

/** A user with their password hash, for sign-in only. */
export async function findUserForSignIn(db: Executor, email: string) {
  return db
    .selectFrom('app_user')
    .select([...USER_COLUMNS, 'password_hash'])
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst();
}

/** One user of an authority (undefined for another authority's user). */
export async function findUser(db: Executor, authorityId: string, id: string) {
  return db
    .selectFrom('app_user')
    .select(USER_COLUMNS)
    .where('authority_id', '=', authorityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Every user of an authority, by name. */
export async function listUsers(db: Executor, authorityId: string) {
  return db
    .selectFrom('app_user')
    .select(USER_COLUMNS)
    .where('authority_id', '=', authorityId)
    .orderBy('display_name')
    .execute();
}

/** Creates a user; returns the new id. */
export async function insertUser(
  db: Executor,
  values: {
    authority_id: string;
    email: string;
    display_name: string;
    job_title: string;
    team?: string | null;
    role: string;
    password_hash: string;
  },
): Promise<string> {
  const row = await db
    .insertInto('app_user')
    .values({ ...values, email: values.email.toLowerCase(), team: values.team ?? null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Sets a user's password hash. */
export async function updatePasswordHash(db: Executor, id: string, passwordHash: string): Promise<void> {
  await db
    .updateTable('app_user')
    .set({ password_hash: passwordHash, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

/** True when an email is already used. */
export async function emailExists(db: Executor, email: string): Promise<boolean> {
  const row = await db.selectFrom('app_user').select('id').where('email', '=', email.toLowerCase()).executeTakeFirst();
  return row !== undefined;
}
