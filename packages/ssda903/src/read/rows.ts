import { TABLE_COLUMNS, type TableName } from '../tables.ts';
import { ukDateToIso } from './dates.ts';

const SPACE = 32;

/** True when the text has a lower-case ASCII letter or any non-ASCII character (so upper-casing may change it). */
function mayHaveLowerCase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || c > 127) return true;
  }
  return false;
}

/**
 * Values already seen in this read, one map per column name, keyed by the text as written and giving the
 * normalised value (ISO form for dates). A return repeats the same codes, ids and dates thousands of times;
 * sharing one string per distinct value keeps the tables small and reading fast.
 */
export type ValueCache = Map<string, Map<string, string>>;

/** A new, empty value cache. */
export const newValueCache = (): ValueCache => new Map();

/** Columns whose values are nearly all different (postcodes, URNs, UPNs): not worth sharing. */
export const UNIQUE_VALUE_COLUMNS: ReadonlySet<string> = new Set(['UPN', 'HOME_POST', 'PL_POST', 'URN', 'SW_ID']);

/** The cache of one column, or undefined for columns of unique values. */
export function columnCache(cache: ValueCache, column: string): Map<string, string> | undefined {
  if (UNIQUE_VALUE_COLUMNS.has(column)) return undefined;
  let map = cache.get(column);
  if (!map) {
    map = new Map();
    cache.set(column, map);
  }
  return map;
}

/**
 * Trims and upper-cases a cell; in a date column converts a real `dd/mm/yyyy` date to ISO. With the column's
 * cache, a value seen before comes back as the same shared string without being worked out again.
 */
export function normaliseValue(raw: string, isDateColumn: boolean, cache?: Map<string, string>): string {
  if (raw.length === 0) return '';
  if (!cache) return normalise(raw, isDateColumn);
  const known = cache.get(raw);
  if (known !== undefined) return known;
  const value = normalise(raw, isDateColumn);
  cache.set(raw, value);
  return value;
}

function normalise(raw: string, isDateColumn: boolean): string {
  const n = raw.length;
  let value = raw.charCodeAt(0) <= SPACE || raw.charCodeAt(n - 1) <= SPACE ? raw.trim() : raw;
  if (value.length === 0) return '';
  if (mayHaveLowerCase(value)) value = value.toUpperCase();
  return isDateColumn ? (ukDateToIso(value) ?? value) : value;
}

/** An empty row of a table: every column '' (plus the derived Header/Episodes columns). */
export function blankRow(table: TableName): Record<string, string> {
  const row: Record<string, string> = {};
  for (const column of TABLE_COLUMNS[table]) row[column] = '';
  if (table === 'Header') row.UASC = '0';
  if (table === 'Episodes') {
    row.PL_LA = '';
    row.PL_LOCATION = '';
    row.PL_DISTANCE = '';
  }
  return row;
}
