import { TABLE_COLUMNS, TABLE_NAMES, type TableName } from '../tables.ts';

/** The table whose column set equals the header's (order and case ignored), or null. */
export function tableForHeader(header: readonly string[]): TableName | null {
  const found = new Set(header);
  for (const table of TABLE_NAMES) {
    const columns: readonly string[] = TABLE_COLUMNS[table];
    if (columns.length === found.size && columns.every((c) => found.has(c))) return table;
  }
  return null;
}

/** The table sharing most columns with the header, with what is missing from and extra in the header. */
export function closestTable(header: readonly string[]): { table: TableName; missing: string[]; extra: string[] } {
  const found = new Set(header);
  let best: TableName = 'Header';
  let bestScore = -1;
  for (const table of TABLE_NAMES) {
    const columns: readonly string[] = TABLE_COLUMNS[table];
    const shared = columns.filter((c) => found.has(c)).length;
    const score = shared / (columns.length + found.size - shared);
    if (score > bestScore) {
      bestScore = score;
      best = table;
    }
  }
  const expected: readonly string[] = TABLE_COLUMNS[best];
  return {
    table: best,
    missing: expected.filter((c) => !found.has(c)),
    extra: header.filter((c) => !expected.includes(c)),
  };
}
