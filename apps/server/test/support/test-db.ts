import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { inject } from 'vitest';
import { type DatabaseHandle, openEmbedded, openPostgres } from '../../src/db/database.ts';

/** Which database this test run uses (set per Vitest project). */
export const TEST_DB = (process.env.WAYPOINT_TEST_DB ?? 'pglite') as 'pglite' | 'postgres';

/** Why the PostgreSQL run is skipped ('' when it runs). */
export function postgresSkipReason(): string {
  return TEST_DB === 'postgres' ? inject('postgresSkipReason') : '';
}

/**
 * A fresh, migrated database for one test file: PGlite loaded from the shared snapshot, or a new PostgreSQL
 * database copied from the migrated template. Closing drops it.
 */
export async function openTestDatabase(): Promise<DatabaseHandle> {
  if (TEST_DB === 'pglite') {
    const snapshot = readFileSync(inject('pgliteSnapshot'));
    return openEmbedded({ loadDataDir: new Blob([snapshot]) });
  }
  const adminUrl = inject('postgresUrl');
  if (!adminUrl) throw new Error(`PostgreSQL is not available: ${inject('postgresSkipReason')}`);
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = openPostgres(adminUrl, 1);
  await sql`CREATE DATABASE ${sql.id(name)} TEMPLATE waypoint_template`.execute(admin.db);
  await admin.close();
  const handle = openPostgres(adminUrl.replace(/\/postgres$/, `/${name}`), 5);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const cleanup = openPostgres(adminUrl, 1);
      await sql`DROP DATABASE IF EXISTS ${sql.id(name)} WITH (FORCE)`.execute(cleanup.db);
      await cleanup.close();
    },
  };
}
