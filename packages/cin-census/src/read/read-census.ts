import { CHILD_TABLES, type ChildTables, emptyChildTables, emptyRow, type HeaderRow } from '../tables.ts';
import type { CinInput } from './input.ts';
import { streamCensus } from './stream-census.ts';

/** A whole return flattened into the census tables (spec §3); row order = document order. */
export interface CinCensus {
  header: HeaderRow;
  /** Every child table; each row carries LAchildID and the ids linking it to its episode, assessment or plan. */
  tables: ChildTables;
  /** Number of children read. */
  children: number;
}

/**
 * Reads a whole CIN census XML into flattened tables for import. For very large files prefer
 * {@link streamCensus}, which yields one child at a time.
 */
export async function readCensus(input: CinInput): Promise<CinCensus> {
  let header: HeaderRow = emptyRow('Header');
  const tables = emptyChildTables();
  let children = 0;
  for await (const event of streamCensus(input)) {
    if (event.type === 'header') {
      header = event.header;
      continue;
    }
    children++;
    for (const table of CHILD_TABLES) append(tables, event.child.tables, table);
  }
  return { header, tables, children };
}

function append<T extends keyof ChildTables>(into: ChildTables, from: ChildTables, table: T): void {
  const target = into[table];
  for (const row of from[table]) target.push(row);
}
