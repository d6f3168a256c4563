import { createDeps, openDatabase } from '../bootstrap.ts';
import { loadConfig } from '../config.ts';
import type { AppDeps } from '../platform/deps.ts';

/** Runs a CLI task against the configured database (embedded or PostgreSQL), closing it afterwards. */
export async function withDatabase<T>(task: (deps: AppDeps) => Promise<T>): Promise<T> {
  const config = loadConfig(process.env, process.env.INIT_CWD ?? process.cwd());
  const handle = await openDatabase(config);
  try {
    return await task(createDeps(config, handle));
  } finally {
    await handle.close();
  }
}
