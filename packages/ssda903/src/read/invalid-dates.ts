import { DATE_COLUMNS, type Ssda903Return, TABLE_COLUMNS, type TableName } from '../tables.ts';
import { isPartialPermanenceDate, ukDateToIso } from './dates.ts';

/** A date cell that is not a real `dd/mm/yyyy` date. */
export interface InvalidDate {
  file: string;
  /** 1-based line in the file (element line for XML). */
  line: number;
  table: TableName;
  /** 0-based data row of the table. */
  row: number;
  column: string;
  value: string;
}

/**
 * Lists the date cells of a return that are not real dates (valid dates were converted to ISO when read;
 * `DATE_PERM` values with ZZ for an unknown part are accepted). Waypoint refuses to store such a return,
 * while the validation rules still report them.
 */
export function invalidDates(ret: Ssda903Return): InvalidDate[] {
  const out: InvalidDate[] = [];
  for (const source of ret.sources) {
    const rows = ret.tables[source.table] as ReadonlyArray<Record<string, string>> | undefined;
    if (!rows) continue;
    const columns = (TABLE_COLUMNS[source.table] as readonly string[]).filter((c) => DATE_COLUMNS.has(c));
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r]!;
      for (const column of columns) {
        const value = row[column] ?? '';
        if (value === '' || (value.charCodeAt(4) === 45 && ukDateToIso(value) === value)) continue;
        if (column === 'DATE_PERM' && isPartialPermanenceDate(value)) continue;
        out.push({ file: source.file, line: source.lines[r] ?? 0, table: source.table, row: r, column, value });
      }
    }
  }
  return out;
}
