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
 * The distinct values of one column seen in a read: the text as written → the normalised value (ISO for dates).
 * A return repeats the same codes, ids and dates thousands of times; sharing one string per distinct value keeps
 * the tables small, and looking a value up straight from the file's text (an open-addressing table hashed on the
 * characters) saves making a string of every cell only to find it has been seen before.
 */
export class ColumnValues {
  private keys: Array<string | undefined> = [];
  private values: string[] = [];
  private hashes = new Int32Array(0);
  private mask = 0;
  private size = 0;

  constructor(private readonly isDateColumn: boolean) {
    this.grow(1024);
  }

  /** The normalised value of `text[start, end)`. */
  get(text: string, start: number, end: number): string {
    if (end === start) return '';
    let h = 0x811c9dc5 | 0;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
    const length = end - start;
    let slot = h & this.mask;
    for (;;) {
      const key = this.keys[slot];
      if (key === undefined) break;
      if (this.hashes[slot] === h && key.length === length && sameText(key, text, start)) return this.values[slot]!;
      slot = (slot + 1) & this.mask;
    }
    const raw = text.slice(start, end);
    const value = normalise(raw, this.isDateColumn);
    this.keys[slot] = raw;
    this.values[slot] = value;
    this.hashes[slot] = h;
    if (++this.size * 2 > this.mask) this.grow((this.mask + 1) * 2);
    return value;
  }

  private grow(capacity: number): void {
    const keys = this.keys;
    const values = this.values;
    const hashes = this.hashes;
    // Filled by push rather than `new Array(capacity)`, which V8 makes a slow dictionary array past 100,000.
    this.keys = [];
    this.values = [];
    for (let i = 0; i < capacity; i++) {
      this.keys.push(undefined);
      this.values.push('');
    }
    this.hashes = new Int32Array(capacity);
    this.mask = capacity - 1;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === undefined) continue;
      let slot = hashes[i]! & this.mask;
      while (this.keys[slot] !== undefined) slot = (slot + 1) & this.mask;
      this.keys[slot] = key;
      this.values[slot] = values[i]!;
      this.hashes[slot] = hashes[i]!;
    }
  }
}

/** True when `text` at `start` has the characters of `key`. */
function sameText(key: string, text: string, start: number): boolean {
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

/** Values already seen in this read, one table per column name (shared by the files of a return). */
export type ValueCache = Map<string, ColumnValues>;

/** A new, empty value cache. */
export const newValueCache = (): ValueCache => new Map();

/**
 * Columns whose values are nearly all different (UPNs, URNs, social worker ids): not worth sharing. Postcodes are
 * shared: a child's home postcode repeats on each episode and carers' postcodes on each placement, and the
 * postcode derivation looks each distinct one up once.
 */
export const UNIQUE_VALUE_COLUMNS: ReadonlySet<string> = new Set(['UPN', 'URN', 'SW_ID']);

/** The value table of one column, or undefined for columns of unique values. */
export function columnCache(cache: ValueCache, column: string, isDateColumn: boolean): ColumnValues | undefined {
  if (UNIQUE_VALUE_COLUMNS.has(column)) return undefined;
  let values = cache.get(column);
  if (!values) {
    values = new ColumnValues(isDateColumn);
    cache.set(column, values);
  }
  return values;
}

/** Trims and upper-cases a cell; in a date column converts a real `dd/mm/yyyy` date to ISO. */
export function normaliseValue(raw: string, isDateColumn: boolean): string {
  if (raw.length === 0) return '';
  return normalise(raw, isDateColumn);
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
