import { Ssda903InputError } from '../read/errors.ts';
import type { SourceFile } from '../read/source-file.ts';

/** A worksheet as plain data: lower-cased header names and each data row keyed by them. */
export interface Sheet {
  name: string;
  /** Header names, trimmed and lower-cased. */
  columns: string[];
  rows: Array<Map<string, unknown>>;
}

/** Text of a cell value (hyperlinks, rich text and formula results included); '' when empty. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    const v = value as { text?: unknown; richText?: Array<{ text?: unknown }>; result?: unknown };
    if (Array.isArray(v.richText))
      return v.richText
        .map((p) => String(p.text ?? ''))
        .join('')
        .trim();
    if (v.text !== undefined) return cellText(v.text);
    if (v.result !== undefined) return cellText(v.result);
  }
  return '';
}

/**
 * Loads an xlsx workbook from bytes into plain sheets (first row = header). exceljs is loaded on first use, so
 * importing this package does not pull it in.
 */
export async function loadWorkbook(file: SourceFile): Promise<Sheet[]> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const copy = file.bytes.slice().buffer;
  try {
    await workbook.xlsx.load(copy);
  } catch (error) {
    throw new Ssda903InputError(
      `The file could not be opened as an Excel workbook (${error instanceof Error ? error.message : String(error)}). ` +
        'Download the list from Ofsted again and upload the .xlsx file.',
      { file: file.name },
    );
  }
  const sheets: Sheet[] = [];
  for (const worksheet of workbook.worksheets) {
    let columns: string[] = [];
    const rows: Array<Map<string, unknown>> = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values = Array.isArray(row.values) ? row.values : [];
      if (columns.length === 0) {
        if (rowNumber >= 1) columns = values.slice(1).map((v) => cellText(v).toLowerCase());
        return;
      }
      const record = new Map<string, unknown>();
      columns.forEach((column, i) => {
        if (column !== '' && !record.has(column)) record.set(column, values[i + 1]);
      });
      rows.push(record);
    });
    sheets.push({ name: worksheet.name, columns, rows });
  }
  return sheets;
}
