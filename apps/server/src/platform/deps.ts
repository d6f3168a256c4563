import type { Config } from '../config.ts';
import type { Database, DatabaseHandle } from '../db/database.ts';
import type { ReportBrowser } from '../modules/reports/render/index.ts';
import type { Clock } from './clock.ts';
import type { ComputeCache } from './compute-cache.ts';
import type { JobRegistry } from './jobs.ts';

/** What every service receives: the database, the clock and configuration. No module-level state. */
export interface AppDeps {
  db: Database;
  engine: DatabaseHandle['engine'];
  clock: Clock;
  config: Config;
  /** Background jobs (imports) of this process. */
  jobs: JobRegistry;
  /** Cached computations (measures), invalidated by data version. */
  cache: ComputeCache;
  /** The shared Chromium used for PDF reports (launched on first use). */
  reportBrowser: ReportBrowser;
}
