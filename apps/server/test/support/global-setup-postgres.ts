import { sql } from 'kysely';
import type { TestProject } from 'vitest/node';
import { openPostgres } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { startPostgresCluster } from './postgres-cluster.ts';

/** Starts a throwaway PostgreSQL cluster and migrates a template database each test file copies. */
export default async function setup(project: TestProject) {
  const cluster = await startPostgresCluster();
  if ('skip' in cluster) {
    console.warn(`\n[server-postgres] Skipping the PostgreSQL run of the database tests: ${cluster.skip}.\n`);
    project.provide('postgresUrl', '');
    project.provide('postgresSkipReason', cluster.skip);
    return;
  }
  const admin = openPostgres(cluster.url('postgres'), 1);
  await sql`CREATE DATABASE waypoint_template`.execute(admin.db);
  await admin.close();
  const template = openPostgres(cluster.url('waypoint_template'), 1);
  await migrateToLatest(template.db);
  await template.close();
  project.provide('postgresUrl', cluster.url('postgres'));
  project.provide('postgresSkipReason', '');
  return () => cluster.stop();
}
