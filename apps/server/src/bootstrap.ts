import type { Config } from './config.ts';
import { type DatabaseHandle, openEmbedded, openPostgres } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { ReportBrowser } from './modules/reports/render/index.ts';
import { createClock } from './platform/clock.ts';
import { ComputeCache } from './platform/compute-cache.ts';
import type { AppDeps } from './platform/deps.ts';
import { JobRegistry } from './platform/jobs.ts';

/** Opens the configured database (PostgreSQL when DATABASE_URL is set, else the embedded one) and migrates it. */
export async function openDatabase(config: Config): Promise<DatabaseHandle> {
  const handle = config.databaseUrl
    ? openPostgres(config.databaseUrl)
    : await openEmbedded({ dataDir: config.dataDir });
  try {
    await migrateToLatest(handle.db);
    return handle;
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** The dependencies every service receives. `WAYPOINT_FIXED_TODAY` freezes the clock (tests and demos). */
export function createDeps(config: Config, handle: DatabaseHandle, env: NodeJS.ProcessEnv = process.env): AppDeps {
  const fixed = env.WAYPOINT_FIXED_TODAY;
  if (fixed && !/^\d{4}-\d{2}-\d{2}$/.test(fixed))
    throw new Error('WAYPOINT_FIXED_TODAY must be a date like 2026-07-15');
  return {
    db: handle.db,
    engine: handle.engine,
    clock: createClock(fixed),
    config,
    jobs: new JobRegistry(),
    cache: new ComputeCache(),
    reportBrowser: new ReportBrowser({ executablePath: config.chromiumPath }),
  };
}
