import { Ssda903InputError } from './errors.ts';

/** Records of a CSV file: cells as written (not trimmed) and the 1-based line each record starts on. */
export interface CsvRecords {
  records: string[][];
  lines: number[];
}

const COMMA = 44;
const QUOTE = 34;
const CR = 13;
const LF = 10;

/**
 * A forward-only CSV reader (RFC 4180: comma separator, double-quoted values with "" for a quote, line breaks
 * inside quotes allowed; CRLF, LF or CR line ends). Blank lines are skipped. Lines without quotes — nearly all
 * of a return — are cut with `indexOf` and their values are not copied out of the text: `next()` records where
 * each value starts and ends (`starts`, `ends` in `source`), so a caller can look values up without making a
 * string of each. Quoted records go through a character scanner and fill `cells` (`quoted` is then true).
 * `value(k)` and `values()` give the values as strings either way. No regular expressions per cell.
 */
export class CsvReader {
  /** Values of the current record when it had quotes (only the first `count` are current). */
  readonly cells: string[] = [];
  /** Where each value of the current record starts and ends in `source` (when it had no quotes). */
  starts = new Int32Array(32);
  ends = new Int32Array(32);
  /** True when the current record had quotes: its values are in `cells`, not at `starts`/`ends`. */
  quoted = false;
  /** Number of values in the current record. */
  count = 0;
  /** 1-based line the current record starts on. */
  line = 0;
  /** The text being read (CR-only line ends already turned into LF). */
  readonly source: string;
  private readonly file: string;
  private pos = 0;
  private nextLine = 1;
  private quote: number;

  constructor(input: string, file: string) {
    // Old Mac files end lines with CR alone.
    this.source = input.includes('\n') || !input.includes('\r') ? input : input.replace(/\r/g, '\n');
    this.file = file;
    this.quote = this.source.indexOf('"');
  }

  /** Value k of the current record, as written. */
  value(k: number): string {
    return this.quoted ? this.cells[k]! : this.source.slice(this.starts[k]!, this.ends[k]!);
  }

  /** The values of the current record, as written. */
  values(): string[] {
    const out: string[] = [];
    for (let k = 0; k < this.count; k++) out.push(this.value(k));
    return out;
  }

  /** True when every value of the current record is empty or white space. */
  isBlank(): boolean {
    if (this.quoted) return this.cells.slice(0, this.count).every((cell) => cell.trim() === '');
    const text = this.source;
    for (let k = 0; k < this.count; k++) {
      const from = this.starts[k]!;
      const to = this.ends[k]!;
      for (let i = from; i < to; i++) {
        const c = text.charCodeAt(i);
        if (c > 127) return text.slice(from, to).trim() === '' ? this.restBlank(k + 1) : false;
        if (c !== 32 && (c < 9 || c > 13)) return false;
      }
    }
    return true;
  }

  private restBlank(from: number): boolean {
    for (let k = from; k < this.count; k++) if (this.value(k).trim() !== '') return false;
    return true;
  }

  private mark(k: number, from: number, to: number): void {
    if (k >= this.starts.length) {
      const starts = new Int32Array(this.starts.length * 2);
      const ends = new Int32Array(this.ends.length * 2);
      starts.set(this.starts);
      ends.set(this.ends);
      this.starts = starts;
      this.ends = ends;
    }
    this.starts[k] = from;
    this.ends[k] = to;
  }

  /** Moves to the next record; false at the end of the text. */
  next(): boolean {
    const text = this.source;
    const n = text.length;
    while (this.pos < n) {
      const pos = this.pos;
      const newline = text.indexOf('\n', pos);
      const end = newline === -1 ? n : newline;
      if (this.quote !== -1 && this.quote < pos) this.quote = text.indexOf('"', pos);
      if (this.quote !== -1 && this.quote < end) {
        this.line = this.nextLine;
        this.quoted = true;
        this.quotedRecord();
        return true;
      }
      const stop = end > pos && text.charCodeAt(end - 1) === CR ? end - 1 : end;
      this.pos = end + 1;
      const line = this.nextLine++;
      if (stop === pos) continue;
      let k = 0;
      let from = pos;
      for (;;) {
        const comma = text.indexOf(',', from);
        if (comma === -1 || comma >= stop) {
          this.mark(k++, from, stop);
          break;
        }
        this.mark(k++, from, comma);
        from = comma + 1;
      }
      this.quoted = false;
      this.count = k;
      this.line = line;
      return true;
    }
    return false;
  }

  /** Reads a record that contains quotes, starting at the current position. */
  private quotedRecord(): void {
    const text = this.source;
    const n = text.length;
    const cells = this.cells;
    let k = 0;
    let i = this.pos;
    let lines = 0;
    for (;;) {
      let value = '';
      if (i < n && text.charCodeAt(i) === QUOTE) {
        const openedOn = this.nextLine + lines;
        i++;
        let from = i;
        for (;;) {
          if (i >= n) {
            throw new Ssda903InputError(
              'A quoted value is never closed (a " without its matching "). Check the file is complete and re-save it as CSV.',
              { file: this.file, line: openedOn },
            );
          }
          const c = text.charCodeAt(i);
          if (c === QUOTE) {
            if (i + 1 < n && text.charCodeAt(i + 1) === QUOTE) {
              value += text.slice(from, i + 1);
              i += 2;
              from = i;
              continue;
            }
            value += text.slice(from, i);
            i++;
            break;
          }
          if (c === LF) lines++;
          i++;
        }
      }
      // Unquoted text, or anything between a closing quote and the next separator, is kept as written.
      const from = i;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === COMMA || c === LF || c === CR) break;
        i++;
      }
      if (i > from) value += text.slice(from, i);
      cells[k++] = value;
      if (i < n && text.charCodeAt(i) === COMMA) {
        i++;
        continue;
      }
      if (i < n && text.charCodeAt(i) === CR && i + 1 < n && text.charCodeAt(i + 1) === LF) i++;
      this.pos = i + 1;
      this.nextLine += lines + 1;
      this.count = k;
      return;
    }
  }
}

/** Splits CSV text into records (see {@link CsvReader}); for small files such as reference lists. */
export function parseCsv(text: string, file: string): CsvRecords {
  const reader = new CsvReader(text, file);
  const records: string[][] = [];
  const lines: number[] = [];
  while (reader.next()) {
    records.push(reader.values());
    lines.push(reader.line);
  }
  return { records, lines };
}
