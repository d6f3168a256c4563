import type { ReportMeasure } from '../report-model.ts';

/**
 * The report as an ordered list of format-neutral blocks. Each report kind's content builder produces these from the
 * `ReportModel`; the HTML and DOCX writers turn the same blocks into their format, so both show the same content.
 */

/** Colour family of a status tag. The words always travel with it: a tag never relies on colour alone. */
export type Tone = 'green' | 'amber' | 'red' | 'blue' | 'grey' | 'plain';

/** A run of text within a line: plain, bold, de-emphasised (hint) or a status tag. */
export interface Run {
  text: string;
  bold?: boolean;
  hint?: boolean;
  /** Shown as a GOV.UK tag (a coloured box with the words in it). */
  tag?: Tone;
}

/** One paragraph's worth of runs. */
export type Line = Run[];

/** A table cell: one or more lines. */
export interface Cell {
  lines: Line[];
  /** Right-aligned (numbers). */
  numeric?: boolean;
}

/** A table with a caption, column headers and (optionally) the first cell of each row as a row header. */
export interface TableBlock {
  type: 'table';
  caption: string;
  head: string[];
  rows: Cell[][];
  /** The first cell of each row heads the row (`<th scope="row">`). */
  rowHeaders?: boolean;
  /** Relative column widths (percentages summing to about 100). */
  widths?: number[];
  /** Small type (chart data tables). */
  compact?: boolean;
  /** Numeric columns by index (right-aligned headers and cells). */
  numericColumns?: number[];
}

/** Every block a report is made of. */
export type Block =
  | { type: 'heading'; level: 1 | 2 | 3 | 4; text: string; id: string; pageBreakBefore?: boolean }
  | { type: 'caption'; text: string }
  | { type: 'paragraph'; line: Line; style?: 'lead' | 'body' | 'hint' }
  | { type: 'list'; items: Line[] }
  | { type: 'summary'; label: string; rows: Array<{ key: string; value: Line }> }
  | { type: 'inset'; line: Line }
  | { type: 'contents'; entries: Array<{ id: string; text: string }> }
  | TableBlock
  | { type: 'chart'; measure: ReportMeasure; id: string };

/** Plain text as a line. */
export function text(value: string): Line {
  return [{ text: value }];
}

/** A cell of plain text (one line per value, empty values skipped). */
export function cell(...values: Array<string | undefined>): Cell {
  const lines = values.filter((v): v is string => v !== undefined && v !== '').map((v) => text(v));
  return { lines: lines.length > 0 ? lines : [text('')] };
}

/** A right-aligned number cell. */
export function numberCell(value: number | string): Cell {
  return { lines: [text(String(value))], numeric: true };
}

/** All the text of a line, joined. */
export function lineText(line: Line): string {
  return line.map((r) => r.text).join('');
}
