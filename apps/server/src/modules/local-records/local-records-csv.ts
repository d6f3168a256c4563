/**
 * Reads and writes local records as CSV, one file per record type, with the layouts of `layouts.ts`. Pure: text in,
 * records out. The reader checks the whole file and refuses it with every problem (up to 50), each naming the line
 * and column and saying what to do; it never returns part of a file.
 */
import { epochDayFromParts, tryEpochDay, weekday } from '@waypoint/calendar';
import type { LocalRecordType } from '../measures/measure-data.repository.ts';
import {
  type ColumnKind,
  type ColumnLayout,
  LOCAL_RECORD_LAYOUTS,
  type LocalRecordLayout,
  REGISTRATION_STATUSES,
} from './layouts.ts';

/** A problem in a local records file: `line` is 1-based in the file (the header is line 1). */
export interface LocalRecordProblem {
  line: number;
  column?: string;
  message: string;
}

/** Thrown by {@link readLocalRecordsCsv} when a file has any problem; nothing of the file is used. */
export class LocalRecordsCsvError extends Error {
  readonly file: string;
  readonly problems: LocalRecordProblem[];

  constructor(file: string, problems: LocalRecordProblem[]) {
    const first = problems[0];
    const where = first ? `line ${first.line}${first.column ? `, ${first.column}` : ''}: ${first.message}` : '';
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problems)` : '';
    super(`${file} was not loaded. ${where}${more}`);
    this.name = 'LocalRecordsCsvError';
    this.file = file;
    this.problems = problems;
  }
}

/** The reader stops collecting problems after this many. */
const MAX_PROBLEMS = 50;

// ---------------------------------------------------------------------------------------------------
// CSV text (RFC 4180)
// ---------------------------------------------------------------------------------------------------

/** One record of the CSV text: the line it starts on and its raw (untrimmed) values. */
interface CsvRow {
  line: number;
  cells: string[];
}

/** The records of a CSV text, or the line of a quoted value that is never closed. */
interface CsvText {
  rows: CsvRow[];
  unclosedQuoteLine?: number;
}

/** Reads the value starting at `start` inside quotes; returns it and the index after the closing quote (or -1). */
function quotedValue(text: string, start: number): { value: string; end: number; lines: number } {
  let value = '';
  let lines = 0;
  let i = start;
  for (;;) {
    const quote = text.indexOf('"', i);
    const chunk = quote === -1 ? text.slice(i) : text.slice(i, quote);
    lines += chunk.split('\n').length - 1;
    value += chunk;
    if (quote === -1) return { value, end: -1, lines };
    if (text[quote + 1] !== '"') return { value: value.replace(/\r\n/g, '\n'), end: quote + 1, lines };
    value += '"';
    i = quote + 2;
  }
}

/**
 * Splits CSV text into records: commas between values, CRLF, LF or CR between records, double quotes around values
 * that hold commas, quotes (doubled) or line breaks. A stray quote inside an unquoted value is kept as text.
 */
function parseCsvText(text: string): CsvText {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const special = /[",\r\n]/g;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' && cell.trim() === '') {
      const quoted = quotedValue(text, i + 1);
      if (quoted.end === -1) return { rows, unclosedQuoteLine: line };
      cell = quoted.value;
      line += quoted.lines;
      i = quoted.end;
    } else if (c === ',') {
      cells.push(cell);
      cell = '';
      i++;
    } else if (c === '\n' || c === '\r') {
      cells.push(cell);
      rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      rowLine = line;
    } else {
      special.lastIndex = i + 1;
      const next = special.exec(text)?.index ?? text.length;
      cell += text.slice(i, next);
      i = next;
    }
  }
  if (cell !== '' || cells.length > 0) rows.push({ line: rowLine, cells: [...cells, cell] });
  return { rows };
}

/** True when every value of a row is blank (a blank line, or a line of commas). */
function isBlankRow(row: CsvRow): boolean {
  return row.cells.every((c) => c.trim() === '');
}

/** A value as a CSV field: quoted when it holds a comma, a quote or a line break. Never altered otherwise. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

// ---------------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------------

/** A cell read as its column's kind: the value, or a message saying what is wrong and what to write. */
type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

const ok = (value: unknown): Parsed => ({ ok: true, value });
const fail = (message: string): Parsed => ({ ok: false, message });

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const TRUE_WORDS: readonly string[] = ['yes', 'true', 'y', '1'];
const FALSE_WORDS: readonly string[] = ['no', 'false', 'n', '0'];

/** A list of values in plain English: "a, b or c". */
function orList(values: readonly string[]): string {
  return values.length <= 1 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}

function parseDate(column: string, value: string): Parsed {
  if (tryEpochDay(value) !== null) return ok(value);
  if (DATE_SHAPE.test(value))
    return fail(
      `${column} “${value}” is not a real date (there is no such day): check it, writing dates as YYYY-MM-DD.`,
    );
  return fail(`${column} “${value}” is not a date: write dates as YYYY-MM-DD.`);
}

/** Epoch milliseconds of 01:00 UTC on the last Sunday of a 31-day month (when UK clocks change). */
function clockChange(year: number, month: 3 | 10): number {
  const last = epochDayFromParts(year, month, 31)!;
  return (last - weekday(last)) * 86_400_000 + 3_600_000;
}

/** UK local clock time (GMT or BST) of an instant, as `YYYY-MM-DDTHH:MM:SS`. */
function ukClockTime(utcMs: number): string {
  const year = new Date(utcMs).getUTCFullYear();
  const bst = utcMs >= clockChange(year, 3) && utcMs < clockChange(year, 10);
  return new Date(utcMs + (bst ? 3_600_000 : 0)).toISOString().slice(0, 19);
}

/** Minutes east of UTC of a zone suffix (`Z`, `+01:00`, `-0500`, `+01`). */
function zoneMinutes(zone: string): number {
  if (zone.toUpperCase() === 'Z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
  return zone.startsWith('-') ? -minutes : minutes;
}

/**
 * A date-time as records hold it: UK local clock time `YYYY-MM-DDTHH:MM` (seconds kept only when not zero; a
 * time with a zone such as `Z` is converted to UK clock time). A bare date is kept as the date.
 */
function parseDateTime(column: string, value: string): Parsed {
  const wrong = fail(
    `${column} “${value}” is not a date and time: write it as YYYY-MM-DDThh:mm (UK time), e.g. 2026-03-02T21:00.`,
  );
  const m = DATE_TIME.exec(value);
  if (!m || tryEpochDay(m[1]!) === null) return wrong;
  const [, date, hh, mm, ss = '00', zone] = m;
  if (hh === undefined || mm === undefined) return ok(date);
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59) return wrong;
  let clock = `${date}T${hh}:${mm}:${ss}`;
  if (zone) {
    const utcMs = Date.parse(`${clock}Z`) - zoneMinutes(zone) * 60_000;
    clock = ukClockTime(utcMs);
  }
  return ok(clock.endsWith(':00') ? clock.slice(0, 16) : clock);
}

function parseNumber(column: string, value: string, whole: boolean): Parsed {
  const n = NUMBER.test(value) ? Number(value) : Number.NaN;
  if (whole && !Number.isInteger(n))
    return fail(`${column} “${value}” is not a whole number: write a whole number in digits, e.g. 12.`);
  if (!Number.isFinite(n)) return fail(`${column} “${value}” is not a number: write it in digits, e.g. 0.5 or 12.`);
  return ok(n);
}

function parseBoolean(column: string, value: string): Parsed {
  const word = value.toLowerCase();
  if (TRUE_WORDS.includes(word)) return ok(true);
  if (FALSE_WORDS.includes(word)) return ok(false);
  return fail(`${column} “${value}” is not yes or no: write yes or no.`);
}

function parseOneOf(column: string, value: string, allowed: readonly string[]): Parsed {
  const match = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
  if (match !== undefined) return ok(match);
  return fail(`${column} “${value}” is not one of the allowed values: write ${orList(allowed)}.`);
}

/** The items of a `;`-separated list cell, trimmed, without empty items. */
function listItems(value: string): string[] {
  return value
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Reads every item of a list cell with `item`; the first bad item gives the problem, with `how` to write one. */
function parseList(column: string, value: string, how: string, item: (text: string) => object | string | null): Parsed {
  const out: unknown[] = [];
  for (const text of listItems(value)) {
    const parsed = item(text);
    if (parsed === null) return fail(`${column} has “${text}”, which ${how}, separated by ;.`);
    out.push(parsed);
  }
  return ok(out);
}

/** An audit action `due/completed` (completed blank while open), or null. */
function auditAction(text: string): { dueDate: string; completedDate?: string } | null {
  const [due = '', completed = '', ...rest] = text.split('/').map((s) => s.trim());
  if (rest.length > 0 || tryEpochDay(due) === null) return null;
  if (completed === '') return { dueDate: due };
  return tryEpochDay(completed) === null ? null : { dueDate: due, completedDate: completed };
}

/** A status change `date status`, or null. */
function statusChange(text: string): { date: string; status: string } | null {
  const [date = '', status = '', ...rest] = text.split(/\s+/);
  const match = REGISTRATION_STATUSES.find((s) => s === status.toLowerCase());
  return rest.length > 0 || tryEpochDay(date) === null || match === undefined ? null : { date, status: match };
}

/** Reads a non-blank cell as its column's kind. */
function parseValue(column: ColumnLayout, value: string): Parsed {
  const { kind, column: name } = column;
  if (typeof kind === 'object') return parseOneOf(name, value, kind.oneOf);
  switch (kind) {
    case 'text':
      return ok(value);
    case 'date':
      return parseDate(name, value);
    case 'datetime':
      return parseDateTime(name, value);
    case 'integer':
      return parseNumber(name, value, true);
    case 'number':
      return parseNumber(name, value, false);
    case 'boolean':
      return parseBoolean(name, value);
    case 'text-list':
      return ok(listItems(value));
    case 'date-list':
      return parseList(name, value, 'is not a date: write dates as YYYY-MM-DD', (t) =>
        tryEpochDay(t) === null ? null : t,
      );
    case 'audit-actions':
      return parseList(
        name,
        value,
        'is not an action: write each action as its due date/completed date, e.g. 2026-01-05/2026-01-20, or 2026-02-01/ while not completed',
        auditAction,
      );
    case 'status-changes':
      return parseList(
        name,
        value,
        `is not a status change: write each change as a date and a status (${orList(REGISTRATION_STATUSES)}), e.g. 2026-03-01 unregistered`,
        statusChange,
      );
  }
}

const isListKind = (kind: ColumnKind): boolean =>
  kind === 'text-list' || kind === 'date-list' || kind === 'audit-actions' || kind === 'status-changes';

/** The value of a cell for the record; `absent` when an optional cell is blank (the record has no property). */
function readCell(layout: LocalRecordLayout, column: ColumnLayout, raw: string): Parsed | 'absent' {
  const value = raw.trim();
  if (value !== '') return parseValue(column, value);
  if (column.required && isListKind(column.kind)) return ok([]);
  if (column.required)
    return fail(`${column.column} is blank: every ${layout.recordName} needs one. Fill it in or remove the line.`);
  return 'absent';
}

// ---------------------------------------------------------------------------------------------------
// Writing values
// ---------------------------------------------------------------------------------------------------

/** A property of an unknown object, or undefined. */
function prop(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/** A scalar as text ('' for absent). */
function scalarText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

/** One list item as its column kind writes it. */
function listItemText(kind: ColumnKind, item: unknown): string {
  if (kind === 'audit-actions')
    return `${scalarText(prop(item, 'dueDate'))}/${scalarText(prop(item, 'completedDate'))}`;
  if (kind === 'status-changes') return `${scalarText(prop(item, 'date'))} ${scalarText(prop(item, 'status'))}`;
  return scalarText(item);
}

/** A record property as the text of its cell. */
function cellText(kind: ColumnKind, value: unknown): string {
  if (!isListKind(kind)) return scalarText(value);
  return Array.isArray(value) ? value.map((item) => listItemText(kind, item)).join(';') : '';
}

// ---------------------------------------------------------------------------------------------------
// Reading a file
// ---------------------------------------------------------------------------------------------------

/** The problems of one file, up to {@link MAX_PROBLEMS}. */
class ProblemList {
  readonly items: LocalRecordProblem[] = [];

  add(line: number, column: string | undefined, message: string): void {
    if (this.full) return;
    this.items.push(column === undefined ? { line, message } : { line, column, message });
  }

  get full(): boolean {
    return this.items.length >= MAX_PROBLEMS;
  }
}

/** The header's column names by position, trimmed ('' for a blank name), trailing blank names dropped. */
function headerNames(row: CsvRow): string[] {
  const names = row.cells.map((c) => c.trim());
  while (names.length > 0 && names.at(-1) === '') names.pop();
  return names;
}

/** Matches the header to the layout: the layout column at each position, or problems with the header on line 1. */
function matchHeader(layout: LocalRecordLayout, names: string[], problems: ProblemList): Array<ColumnLayout | null> {
  const byName = new Map(layout.columns.map((c) => [c.column.toLowerCase(), c]));
  const firstAt = new Map<string, number>();
  const unknown: string[] = [];
  const matched = names.map((name, i): ColumnLayout | null => {
    if (name === '') {
      problems.add(1, undefined, `Column ${i + 1} of the header row has no name: name it or delete the column.`);
      return null;
    }
    const column = byName.get(name.toLowerCase());
    if (!column) unknown.push(name);
    else if (firstAt.has(column.column))
      problems.add(
        1,
        column.column,
        `The header has ${column.column} twice (columns ${firstAt.get(column.column)! + 1} and ${i + 1}): keep one of them.`,
      );
    else firstAt.set(column.column, i);
    return column ?? null;
  });
  const missing = layout.columns.filter((c) => c.required && !firstAt.has(c.column)).map((c) => c.column);
  if (missing.length > 0) problems.add(1, missing.join(', '), missingMessage(layout, missing));
  if (unknown.length > 0) problems.add(1, unknown.join(', '), unknownMessage(layout, unknown));
  return matched;
}

function missingMessage(layout: LocalRecordLayout, missing: string[]): string {
  const one = missing.length === 1;
  return (
    `The file has no column${one ? '' : 's'} ${missing.join(', ')}. Add ${one ? 'it' : 'them'} to the header row ` +
    `(line 1): every ${layout.recordName} needs ${one ? 'one' : 'them'}. The template lists every column.`
  );
}

function unknownMessage(layout: LocalRecordLayout, unknown: string[]): string {
  const one = unknown.length === 1;
  return (
    `The file has ${one ? 'a column' : 'columns'} ${unknown.join(', ')} that ${layout.title.toLowerCase()} do not have: ` +
    `rename or remove ${one ? 'it' : 'them'}. The columns are ${layout.columns.map((c) => c.column).join(', ')}.`
  );
}

/** The record of one data row, or null when it has problems (added to `problems`). */
function readRow(
  layout: LocalRecordLayout,
  header: Array<ColumnLayout | null>,
  row: CsvRow,
  problems: ProblemList,
): Record<string, unknown> | null {
  const extra = row.cells.slice(header.length).some((c) => c.trim() !== '');
  if (extra) {
    const count = row.cells.length - [...row.cells].reverse().findIndex((c) => c.trim() !== '');
    problems.add(
      row.line,
      undefined,
      `This line has ${count} values but the header has ${header.length} columns: put double quotes around any value that contains a comma.`,
    );
    return null;
  }
  const values = new Map<string, unknown>();
  let good = true;
  header.forEach((column, i) => {
    if (!column) return;
    const cell = readCell(layout, column, row.cells[i] ?? '');
    if (cell === 'absent') return;
    if (cell.ok) values.set(column.field, cell.value);
    else {
      problems.add(row.line, column.column, cell.message);
      good = false;
    }
  });
  if (!good) return null;
  const record: Record<string, unknown> = {};
  for (const column of layout.columns) if (values.has(column.field)) record[column.field] = values.get(column.field);
  return record;
}

/** Adds a problem for each record whose own id repeats an earlier line's. */
function checkDuplicateKeys(
  layout: LocalRecordLayout,
  records: Array<{ line: number; record: Record<string, unknown> }>,
  problems: ProblemList,
): void {
  const column = layout.columns.find((c) => c.field === layout.keyField);
  if (!column) return;
  const seen = new Map<string, number>();
  for (const { line, record } of records) {
    const key = String(record[column.field]);
    const earlier = seen.get(key);
    if (earlier === undefined) seen.set(key, line);
    else
      problems.add(
        line,
        column.column,
        `${column.column} “${key}” is also on line ${earlier}: each ${layout.recordName} needs its own ${column.column}.`,
      );
  }
}

/**
 * Reads a local records CSV file of one type. Throws {@link LocalRecordsCsvError} naming the file, line and column
 * of every problem (up to 50) when there is any; a header with no rows gives no records (it clears the type).
 */
export function readLocalRecordsCsv(
  type: LocalRecordType,
  file: string,
  text: string,
): { records: Array<Record<string, unknown>> } {
  const layout = LOCAL_RECORD_LAYOUTS[type];
  const problems = new ProblemList();
  const parsed = parseCsvText(text.startsWith('\uFEFF') ? text.slice(1) : text);
  const rows = parsed.rows.filter((r) => !isBlankRow(r));
  const [headerRow, ...dataRows] = rows;
  if (!headerRow) {
    const empty = `The file is empty: it needs a header row naming the columns (${layout.columns.map((c) => c.column).join(', ')}). Download the template to start from.`;
    throw new LocalRecordsCsvError(file, [
      parsed.unclosedQuoteLine ? unclosedQuote(parsed.unclosedQuoteLine) : { line: 1, message: empty },
    ]);
  }
  const header = matchHeader(layout, headerNames(headerRow), problems);
  if (problems.items.length > 0) throw new LocalRecordsCsvError(file, problems.items);
  const read: Array<{ line: number; record: Record<string, unknown> }> = [];
  for (const row of dataRows) {
    if (problems.full) break;
    const record = readRow(layout, header, row, problems);
    if (record) read.push({ line: row.line, record });
  }
  checkDuplicateKeys(layout, read, problems);
  if (parsed.unclosedQuoteLine) {
    const { line, message } = unclosedQuote(parsed.unclosedQuoteLine);
    problems.add(line, undefined, message);
  }
  if (problems.items.length > 0) throw new LocalRecordsCsvError(file, problems.items);
  return { records: read.map((r) => r.record) };
}

function unclosedQuote(line: number): LocalRecordProblem {
  return {
    line,
    message:
      'A value on this line starts with a double quote that is never closed: add the closing quote (and write any quote inside the value twice).',
  };
}

// ---------------------------------------------------------------------------------------------------
// Writing a file
// ---------------------------------------------------------------------------------------------------

/** The header row of a layout, with its CRLF. */
function headerLine(layout: LocalRecordLayout): string {
  return `${layout.columns.map((c) => csvField(c.column)).join(',')}\r\n`;
}

/**
 * Writes records of one type as CSV: the header row, then one row per record, CRLF line ends and RFC 4180 quoting.
 * Values are written as they are (no spreadsheet formula escaping: this is data exchange); properties the layout
 * does not have are left out.
 */
export function writeLocalRecordsCsv(type: LocalRecordType, records: ReadonlyArray<object>): string {
  const layout = LOCAL_RECORD_LAYOUTS[type];
  const lines = records.map(
    (record) => `${layout.columns.map((c) => csvField(cellText(c.kind, prop(record, c.field)))).join(',')}\r\n`,
  );
  return headerLine(layout) + lines.join('');
}

/** The empty CSV of a record type to fill in: just its header row and CRLF. */
export function localRecordsTemplate(type: LocalRecordType): string {
  return headerLine(LOCAL_RECORD_LAYOUTS[type]);
}
