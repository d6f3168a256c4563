import type { Ssda903Return, TableName, TableSource, Tables } from '../tables.ts';
import { decodeText } from './decode.ts';
import { Ssda903InputError } from './errors.ts';
import { deriveHeaderUasc, readCsvTable } from './read-csv.ts';
import { readXmlReturn } from './read-xml.ts';
import { newValueCache } from './rows.ts';
import { DEFAULT_MAX_BYTES, type ReadOptions, type SourceFile } from './source-file.ts';

function looksLikeXml(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff) continue;
    return c === 60; // '<'
  }
  return false;
}

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / (1024 * 1024))} MB`;
  return bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} bytes`;
}

/**
 * Reads one year's SSDA903 return: either one CSV file per table (each recognised by its exact set of column
 * names; file names do not matter) or one EXPSSDA903 XML file. Values are trimmed and upper-cased; real
 * `dd/mm/yyyy` dates become ISO dates; `options.tables` limits which tables' rows are read. Throws
 * {@link Ssda903InputError} saying which file is wrong and what to do.
 */
export function readReturn(files: readonly SourceFile[], options: ReadOptions = {}): Ssda903Return {
  if (files.length === 0) {
    throw new Ssda903InputError('No files were uploaded. Upload the CSV tables or the XML file of the return.');
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const decoded = files.map((file) => {
    if (file.bytes.length > maxBytes) {
      throw new Ssda903InputError(
        `The file is ${formatSize(file.bytes.length)}, over the ${formatSize(maxBytes)} limit. Check it is the right file.`,
        { file: file.name },
      );
    }
    const { text } = decodeText(file);
    return { name: file.name, text, xml: looksLikeXml(text) };
  });
  const xmlFiles = decoded.filter((f) => f.xml);
  if (xmlFiles.length > 0 && xmlFiles.length < decoded.length) {
    const csv = decoded.find((f) => !f.xml)!;
    throw new Ssda903InputError(
      `CSV and XML files cannot be mixed in one return (${csv.name} is CSV, ${xmlFiles[0]!.name} is XML). ` +
        'Upload either the CSV tables or the one XML file.',
    );
  }
  if (xmlFiles.length > 1) {
    throw new Ssda903InputError(
      `Only one XML file can be uploaded for a return (got ${xmlFiles.map((f) => f.name).join(', ')}).`,
    );
  }
  if (xmlFiles.length === 1) {
    const { name, text } = xmlFiles[0]!;
    const { tables, sources } = readXmlReturn(name, text);
    return { tables, sources, format: 'xml' };
  }
  const tables: Tables = {};
  const sources: TableSource[] = [];
  const fileOf = new Map<TableName, string>();
  const cache = newValueCache();
  for (const { name, text } of decoded) {
    const { table, rows, source } = readCsvTable(name, text, cache, options.tables);
    const previous = fileOf.get(table);
    if (previous !== undefined) {
      throw new Ssda903InputError(`Both ${previous} and ${name} are the ${table} table. Upload one file per table.`, {
        file: name,
      });
    }
    fileOf.set(table, name);
    if (options.tables && !options.tables.includes(table)) continue;
    (tables as Record<string, unknown>)[table] = rows;
    sources.push(source);
  }
  deriveHeaderUasc(tables);
  return { tables, sources, format: 'csv' };
}
