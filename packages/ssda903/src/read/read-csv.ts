import { DATE_COLUMNS, TABLE_COLUMNS, type TableName, type TableSource, type Tables } from '../tables.ts';
import { CsvReader } from './csv.ts';
import { Ssda903InputError } from './errors.ts';
import { ROW_BUILDERS } from './row-builders.ts';
import { columnCache, newValueCache, normaliseValue, type ValueCache } from './rows.ts';
import { closestTable, tableForHeader } from './table-match.ts';

/** One CSV file recognised as a table, with its rows normalised. */
export interface CsvTable {
  table: TableName;
  rows: Record<string, string>[];
  source: TableSource;
}

/**
 * Reads one decoded CSV file and recognises its table by its header. With `wanted` given, the rows of a table
 * it does not name are not read (`rows` is then empty).
 */
export function readCsvTable(
  file: string,
  text: string,
  cache: ValueCache = newValueCache(),
  wanted?: readonly TableName[],
): CsvTable {
  const reader = new CsvReader(text, file);
  if (!reader.next()) {
    throw new Ssda903InputError('The file has no header row. Export the table again with its column names.', {
      file,
    });
  }
  const headerLine = reader.line;
  const header = reader.values().map((h) => h.trim().toUpperCase());
  while (header.length > 0 && header[header.length - 1] === '') header.pop();
  const seen = new Set<string>();
  for (const column of header) {
    if (column === '') {
      throw new Ssda903InputError('The header row has a blank column name. Remove the empty column and re-save.', {
        file,
        line: headerLine,
      });
    }
    if (seen.has(column)) {
      throw new Ssda903InputError(`The column ${column} appears twice in the header row. Remove one and re-save.`, {
        file,
        line: headerLine,
      });
    }
    seen.add(column);
  }
  const table = tableForHeader(header);
  if (!table) {
    const near = closestTable(header);
    const detail = [
      near.missing.length > 0 ? `missing ${near.missing.join(', ')}` : '',
      near.extra.length > 0 ? `not expected ${near.extra.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('; ');
    throw new Ssda903InputError(
      `The columns (${header.join(', ')}) do not match any SSDA903 table. The closest is ${near.table} (${detail}). ` +
        'Export the table with exactly the DfE column names.',
      { file, line: headerLine },
    );
  }
  if (wanted && !wanted.includes(table)) return { table, rows: [], source: { table, file, lines: [] } };
  const expected: readonly string[] = TABLE_COLUMNS[table];
  const width = header.length;
  // For each column in DfE order: where it is in this file, and whether it holds dates.
  const position = expected.map((column) => header.indexOf(column));
  const isDate = expected.map((column) => DATE_COLUMNS.has(column));
  const caches = expected.map((column) => columnCache(cache, column, DATE_COLUMNS.has(column)));
  const build = ROW_BUILDERS[table];
  const values: string[] = expected.map(() => '');
  const rows: Record<string, string>[] = [];
  const rowLines: number[] = [];
  const cells = reader.cells;
  while (reader.next()) {
    const count = reader.count;
    if (reader.isBlank()) continue;
    if (count > width) {
      for (let c = width; c < count; c++) {
        if (reader.value(c).trim() !== '') {
          throw new Ssda903InputError(
            `This row has ${count} values but the header has ${width} columns. ` +
              'Check for an unquoted comma inside a value and re-save the file.',
            { file, line: reader.line },
          );
        }
      }
    }
    const quoted = reader.quoted;
    const text = reader.source;
    const starts = reader.starts;
    const ends = reader.ends;
    for (let c = 0; c < values.length; c++) {
      const at = position[c]!;
      if (at >= count) values[c] = '';
      else if (quoted) {
        const raw = cells[at]!;
        const known = caches[c];
        values[c] = known ? known.get(raw, 0, raw.length) : normaliseValue(raw, isDate[c]!);
      } else {
        const known = caches[c];
        values[c] = known
          ? known.get(text, starts[at]!, ends[at]!)
          : normaliseValue(text.slice(starts[at]!, ends[at]!), isDate[c]!);
      }
    }
    rows.push(build(values));
    rowLines.push(reader.line);
  }
  return { table, rows, source: { table, file, lines: rowLines } };
}

/** Sets each Header row's derived UASC flag: '1' when the child has a UASC row, else '0'. */
export function deriveHeaderUasc(tables: Tables): void {
  if (!tables.Header) return;
  const uasc = new Set((tables.UASC ?? []).map((r) => r.CHILD));
  for (const row of tables.Header) row.UASC = uasc.has(row.CHILD) ? '1' : '0';
}
