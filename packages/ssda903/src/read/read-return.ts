import type { Ssda903Return, TableName, TableSource, Tables } from '../tables.ts';
import { decodeText } from './decode.ts';
import { Ssda903InputError } from './errors.ts';
import { deriveHeaderUasc, readCsvTable } from './read-csv.ts';
import { readXmlReturn } from './read-xml.ts';
import { newValueCache } from './rows.ts';
import { DEFAULT_MAX_BYTES, type ReadOptions, type SourceFile } from './source-file.ts';

/** True when the file's first character (after a UTF-8 byte-order mark and white space) is `<`. */
function looksLikeXml(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (c === 32 || c === 9 || c === 10 || c === 13) continue;
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
  const checked = files.map((file) => {
    if (file.bytes.length > maxBytes) {
      throw new Ssda903InputError(
        `The file is ${formatSize(file.bytes.length)}, over the ${formatSize(maxBytes)} limit. Check it is the right file.`,
        { file: file.name },
      );
    }
    return { file, name: file.name, xml: looksLikeXml(file.bytes) };
  });
  // Each file is decoded just before it is read, so only one file's text is held at a time.
  const xmlFiles = checked.filter((f) => f.xml);
  if (xmlFiles.length > 0 && xmlFiles.length < checked.length) {
    const csv = checked.find((f) => !f.xml)!;
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
    const { file, name } = xmlFiles[0]!;
    const { tables, sources } = readXmlReturn(name, decodeText(file).text);
    return { tables, sources, format: 'xml' };
  }
  const tables: Tables = {};
  const sources: TableSource[] = [];
  const fileOf = new Map<TableName, string>();
  const cache = newValueCache();
  for (const { file, name } of checked) {
    const { table, rows, source } = readCsvTable(name, decodeText(file).text, cache, options.tables);
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
