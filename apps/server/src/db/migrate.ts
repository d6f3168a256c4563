import { type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { Database } from './database.ts';
import * as m0001 from './migrations/202611230001_foundation.ts';
import * as m0002 from './migrations/202611230002_improvement_plan.ts';
import * as m0003 from './migrations/202611230003_statutory_returns.ts';
import * as m0004 from './migrations/202611230004_cin_measures_reports.ts';
import * as m0005 from './migrations/202611230005_local_record_sets.ts';
import * as m0006 from './migrations/202611230006_practice_standards.ts';

/** Every migration, in order. New migrations are added here (static imports work under tsx and bundlers). */
const MIGRATIONS: Record<string, Migration> = {
  '202611230001_foundation': m0001,
  '202611230002_improvement_plan': m0002,
  '202611230003_statutory_returns': m0003,
  '202611230004_cin_measures_reports': m0004,
  '202611230005_local_record_sets': m0005,
  '202611230006_practice_standards': m0006,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** Brings the schema up to date; throws with the failing migration's name. */
export async function migrateToLatest(db: Database): Promise<string[]> {
  const migrator = new Migrator({ db, provider, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const reason = error instanceof Error ? error.message : String(error ?? '');
    throw new Error(`Database migration ${failed?.migrationName ?? ''} failed: ${reason}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
