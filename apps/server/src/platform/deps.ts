import type { Config } from '../config.ts';
import type { Database, DatabaseHandle } from '../db/database.ts';
import type { Clock } from './clock.ts';

/** What every service receives: the database, the clock and configuration. No module-level state. */
export interface AppDeps {
  db: Database;
  engine: DatabaseHandle['engine'];
  clock: Clock;
  config: Config;
}
