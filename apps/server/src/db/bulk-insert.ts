import { sql, type Transaction } from 'kysely';
import type { Database } from './database.ts';
import type { DB } from './schema.ts';

/** PostgreSQL type of a bulk-inserted column. */
export type BulkColumnType = 'uuid' | 'integer' | 'text' | 'date' | 'numeric' | 'boolean' | 'jsonb' | 'text[]';

/** A column to fill: its name, type and the value of each row. */
export interface BulkColumn {
  name: string;
  type: BulkColumnType;
  values: readonly unknown[];
}

/**
 * Inserts many rows with one `INSERT … SELECT FROM unnest(…)` per batch: one parameter per column instead of
 * one per cell, so 100,000 rows cost a handful of round trips on PostgreSQL and PGlite alike.
 */
export async function bulkInsert(
  db: Database | Transaction<DB>,
  table: string,
  columns: readonly BulkColumn[],
  batchSize = 20_000,
): Promise<void> {
  const rows = columns[0]?.values.length ?? 0;
  if (columns.some((c) => c.values.length !== rows))
    throw new Error(`bulkInsert(${table}): columns have different lengths`);
  for (let start = 0; start < rows; start += batchSize) {
    const end = Math.min(rows, start + batchSize);
    const arrays = columns.map((c) => {
      const slice = c.values.slice(start, end);
      if (c.type === 'text[]') {
        // unnest would flatten a two-dimensional array: pass each list as a PostgreSQL array literal instead.
        const literal = slice.map(
          (v) => `{${(v as string[]).map((x) => `"${x.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`,
        );
        return sql`${literal}::text[]`;
      }
      if (c.type === 'jsonb') return sql`${slice.map((v) => JSON.stringify(v))}::jsonb[]`;
      return sql`${slice}::${sql.raw(c.type)}[]`;
    });
    const select = columns.map((c, i) =>
      c.type === 'text[]' ? sql`${sql.ref(`u.c${i}`)}::text[]` : sql.ref(`u.c${i}`),
    );
    await sql`INSERT INTO ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c.name)))})
      SELECT ${sql.join(select)} FROM unnest(${sql.join(arrays)}) AS u(${sql.join(columns.map((_, i) => sql.ref(`c${i}`)))})`.execute(
      db,
    );
  }
}
