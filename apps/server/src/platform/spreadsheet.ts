import ExcelJS from 'exceljs';

/** A cell value for CSV/XLSX exports. */
export type Cell = string | number | boolean | null | undefined;

/**
 * Neutralises spreadsheet formula injection: text starting with =, +, -, @, tab or carriage return is
 * prefixed with an apostrophe so Excel shows it as text instead of running it. Numbers are left alone.
 */
export function safeCell(value: Cell): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One CSV field, quoted when it needs to be (RFC 4180). */
function csvField(value: Cell): string {
  const v = safeCell(value);
  if (v === null) return '';
  const text = String(v);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV document (UTF-8 with BOM so Excel reads accents correctly, CRLF line ends). */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly Cell[]>): string {
  const lines = [header.map(csvField).join(','), ...rows.map((r) => r.map(csvField).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A worksheet for {@link toXlsx}. */
export interface Sheet {
  name: string;
  header: readonly string[];
  rows: ReadonlyArray<readonly Cell[]>;
  /** Column widths in characters. */
  widths?: readonly number[];
}

/** An XLSX workbook with a bold, frozen header row per sheet. Cells are escaped as in {@link safeCell}. */
export async function toXlsx(sheets: readonly Sheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Waypoint';
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow([...sheet.header]);
    ws.getRow(1).font = { bold: true };
    for (const row of sheet.rows) ws.addRow(row.map(safeCell));
    sheet.header.forEach((_, i) => {
      ws.getColumn(i + 1).width = sheet.widths?.[i] ?? 18;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
