import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.ts';
import type { DB } from './schema.ts';

/** The application's database handle: Kysely over a `pg` pool, whichever engine is behind it. */
export type Database = Kysely<DB>;

/** An open database with what is needed to close it cleanly. */
export interface DatabaseHandle {
  db: Database;
  engine: 'pglite' | 'postgresql';
  /** The embedded instance (for backups and test snapshots); undefined on PostgreSQL. */
  pglite?: PGlite;
  close(): Promise<void>;
}

// Dates stay ISO strings (no time-zone shifts); bigint and numeric become numbers (counts and measure values
// are far below 2^53). Passed per pool, so no global parser state.
const TYPE_PARSERS: Record<number, (value: string) => unknown> = {
  1082: (v) => v, // date
  20: (v) => Number(v), // int8
  1700: (v) => Number(v), // numeric
};
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    TYPE_PARSERS[oid] ?? pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/**
 * Opens PostgreSQL at `DATABASE_URL`. A pooled connection the server drops while idle (a restart, a failover, an
 * administrator ending it) is reported and replaced on next use rather than crashing the process.
 */
export function openPostgres(
  connectionString: string,
  poolSize = 10,
  onIdleConnectionError: (error: Error) => void = (error) =>
    console.warn(`PostgreSQL closed an idle connection (${error.message}); a new one will be opened when needed.`),
): DatabaseHandle {
  const pool = new pg.Pool({ connectionString, max: poolSize, connectionTimeoutMillis: 10_000, types });
  pool.on('error', onIdleConnectionError);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return { db, engine: 'postgresql', close: () => db.destroy() };
}

/**
 * Opens the embedded database (PGlite) in a folder, or from a snapshot for tests. One connection: code must
 * never use the outer handle inside a transaction callback (the pool timeout turns that mistake into an error).
 */
export async function openEmbedded(options: { dataDir?: string; loadDataDir?: Blob | File }): Promise<DatabaseHandle> {
  const release = options.dataDir ? lockDataDir(options.dataDir) : () => {};
  try {
    const pglite = await PGlite.create({
      dataDir: options.dataDir ? `${options.dataDir}/pglite` : undefined,
      loadDataDir: options.loadDataDir,
    });
    const config = createPgConfig(pglite);
    const pool = new pg.Pool({ ...config, max: 1, connectionTimeoutMillis: 15_000, types });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      engine: 'pglite',
      pglite,
      close: async () => {
        await db.destroy();
        await pglite.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
