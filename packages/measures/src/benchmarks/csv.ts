/**
 * A small parser for DfE's published (EES "tidy") indicator CSV files: byte-order mark, quoted fields,
 * CRLF, and the suppression symbols used in numeric columns.
 */

/** A parsed file: the header and each row as column → text. */
export interface DfeCsv {
  columns: string[];
  rows: Record<string, string>[];
}

/** Thrown when a file is not a well-formed CSV; names the file, line and problem. */
export class DfeCsvError extends Error {
  constructor(file: string, line: number, problem: string) {
    super(`${file}, line ${line}: ${problem}`);
    this.name = 'DfeCsvError';
  }
}

/** Splits one record's text into fields (RFC 4180 quoting; `""` inside quotes is a quote). */
function splitRecord(text: string, file: string, line: number): string[] {
  if (!text.includes('"')) return text.split(',');
  const fields: string[] = [];
  let i = 0;
  while (i <= text.length) {
    if (text[i] === '"') {
      let value = '';
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) throw new DfeCsvError(file, line, 'a quoted field is not closed before the end of the file');
        value += text.slice(j, q);
        if (text[q + 1] === '"') {
          value += '"';
          j = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      if (i < text.length && text[i] !== ',')
        throw new DfeCsvError(file, line, 'text follows a closing quote in the same field');
      fields.push(value);
      i++;
    } else {
      const comma = text.indexOf(',', i);
      const end = comma < 0 ? text.length : comma;
      const value = text.slice(i, end);
      if (value.includes('"')) throw new DfeCsvError(file, line, 'a quote appears in the middle of an unquoted field');
      fields.push(value);
      i = end + 1;
    }
  }
  return fields;
}

/** Splits CSV text into records (a quoted field may span lines). */
function records(text: string, file: string): { line: number; fields: string[] }[] {
  const lines = text.split(/\r?\n/);
  const out: { line: number; fields: string[] }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let record = lines[i]!;
    // An odd number of quotes means a quoted field continues on the next line.
    while ((record.match(/"/g)?.length ?? 0) % 2 === 1) {
      if (i + 1 >= lines.length)
        throw new DfeCsvError(file, start + 1, 'a quoted field is not closed before the end of the file');
      record += `\n${lines[++i]}`;
    }
    if (record === '') continue;
    out.push({ line: start + 1, fields: splitRecord(record, file, start + 1) });
  }
  return out;
}

/** Parses a DfE indicator CSV (strips a UTF-8 byte-order mark; every row must have the header's field count). */
export function parseDfeIndicatorCsv(text: string, file = 'CSV'): DfeCsv {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const all = records(body, file);
  const header = all[0];
  if (!header) throw new DfeCsvError(file, 1, 'the file is empty; expected a header row');
  const columns = header.fields.map((c) => c.trim());
  const seen = new Set<string>();
  for (const c of columns) {
    if (c === '') throw new DfeCsvError(file, 1, 'the header has an empty column name');
    if (seen.has(c)) throw new DfeCsvError(file, 1, `the header repeats the column "${c}"`);
    seen.add(c);
  }
  const rows = all.slice(1).map(({ line, fields }) => {
    if (fields.length !== columns.length) {
      throw new DfeCsvError(file, line, `expected ${columns.length} fields (as in the header), found ${fields.length}`);
    }
    const row: Record<string, string> = {};
    columns.forEach((c, i) => {
      row[c] = fields[i]!;
    });
    return row;
  });
  return { columns, rows };
}

/** DfE suppression and special symbols (measures.md §0). */
export const SUPPRESSION_CODES = {
  c: 'suppressed (small numbers)',
  k: 'rounds to 0 / under 0.5%',
  x: 'not available',
  z: 'not applicable',
  u: 'low reliability',
  low: 'low (suppressed)',
} as const;

/** A suppression symbol. */
export type SuppressionCode = keyof typeof SUPPRESSION_CODES;

/** A numeric cell: a number, a suppression symbol, or blank. */
export type DfeValue =
  | { kind: 'number'; value: number }
  | { kind: 'suppressed'; code: SuppressionCode }
  | { kind: 'blank' };

/** Thrown when a numeric cell holds text that is neither a number nor a known symbol. */
export class DfeValueError extends Error {
  constructor(text: string) {
    super(`"${text}" is neither a number nor a DfE symbol (${Object.keys(SUPPRESSION_CODES).join(', ')}).`);
    this.name = 'DfeValueError';
  }
}

/** Reads a numeric cell. */
export function parseDfeValue(text: string): DfeValue {
  const t = text.trim();
  if (t === '') return { kind: 'blank' };
  const lower = t.toLowerCase();
  if (lower in SUPPRESSION_CODES) return { kind: 'suppressed', code: lower as SuppressionCode };
  const n = Number(t.replace(/,/g, ''));
  if (Number.isFinite(n)) return { kind: 'number', value: n };
  throw new DfeValueError(text);
}

/** Reads a DfE `yy:mm` duration (e.g. "00:10" = 10 months, "02:03" = 27 months) as months. */
export function parseYearsMonths(text: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  return m ? Number(m[1]) * 12 + Number(m[2]) : null;
}
