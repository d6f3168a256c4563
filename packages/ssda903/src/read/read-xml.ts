import { SaxesParser } from 'saxes';
import type { TableName, TableSource, Tables } from '../tables.ts';
import { DATE_COLUMNS } from '../tables.ts';
import { Ssda903InputError } from './errors.ts';
import { blankRow, normaliseValue } from './rows.ts';

/** Groups inside HEADER and the table each one becomes. */
const HEADER_GROUPS: Readonly<Record<string, TableName>> = {
  AMISSING: 'Missing',
  AREVIEW: 'Reviews',
  PERMANENCE: 'PrevPerm',
  OC2: 'OC2',
  AD_PLACED: 'PlacedAdoption',
};

/** Tag renames from the XML schema to the CSV column names. */
const RENAMES: Readonly<Record<string, string>> = { CHILDID: 'CHILD', PL: 'PLACE' };

const XML_TABLES: readonly TableName[] = [
  'Header',
  'Episodes',
  'UASC',
  'Reviews',
  'OC2',
  'OC3',
  'AD1',
  'PlacedAdoption',
  'PrevPerm',
  'Missing',
];

const AD1_FIELDS = ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'] as const;
const OC3_FIELDS = ['IN_TOUCH', 'ACTIV', 'ACCOM'] as const;

interface Group {
  table: TableName;
  line: number;
  values: Record<string, string>;
}

interface ChildRecord {
  line: number;
  header: Record<string, string>;
  groups: Group[];
}

/**
 * Reads an EXPSSDA903 XML return into the same tables as the CSV layout (spec §4): HEADER → Header (plus a
 * UASC row when UASC = 1 or DUC is given, an OC3 row when care-leaver fields are given, an AD1 row when
 * adoption fields are given), AMISSING → Missing, AREVIEW → Reviews, OC2, PERMANENCE → PrevPerm,
 * AD_PLACED → PlacedAdoption, EPISODE → Episodes. DTDs and entity declarations are refused.
 */
export function readXmlReturn(file: string, text: string): { tables: Tables; sources: TableSource[] } {
  const rows = new Map<TableName, Record<string, string>[]>(XML_TABLES.map((t) => [t, []]));
  const lines = new Map<TableName, number[]>(XML_TABLES.map((t) => [t, []]));
  const parser = new SaxesParser({ position: true });
  const stack: string[] = [];
  let child: ChildRecord | null = null;
  let group: Group | null = null;
  let leafText = '';
  let rootSeen = false;

  const fail = (message: string, line = parser.line, column = parser.column + 1): never => {
    throw new Ssda903InputError(message, { file, line, column });
  };
  const add = (table: TableName, row: Record<string, string>, line: number) => {
    rows.get(table)!.push(row);
    lines.get(table)!.push(line);
  };

  parser.on('doctype', () =>
    fail('The XML contains a DOCTYPE (DTD), which is not allowed. Export the return again without a DTD.'),
  );
  parser.on('error', (error) => {
    const message = error.message.replace(/^\d+:\d+:\s*/, '');
    fail(
      `The XML is not well formed (${message}). Check the file is complete and was not cut off, then export it again.`,
    );
  });
  parser.on('opentag', (tag) => {
    const name = tag.name.toUpperCase();
    const depth = stack.length;
    stack.push(name);
    leafText = '';
    if (depth === 0) {
      rootSeen = true;
      if (name !== 'EXPSSDA903') {
        fail(`The root element is <${tag.name}>, not <EXPSSDA903>: this is not an SSDA903 XML return.`);
      }
      return;
    }
    if (depth === 1 && name === 'CHILD') {
      child = { line: parser.line, header: {}, groups: [] };
      return;
    }
    if (!child) return;
    if (depth === 2 && name === 'EPISODE') {
      group = { table: 'Episodes', line: parser.line, values: {} };
    } else if (depth === 3 && stack[1] === 'CHILD' && stack[2] === 'HEADER' && HEADER_GROUPS[name]) {
      group = { table: HEADER_GROUPS[name]!, line: parser.line, values: {} };
    }
  });
  parser.on('text', (text) => {
    leafText += text;
  });
  parser.on('cdata', (text) => {
    leafText += text;
  });
  parser.on('closetag', (tag) => {
    const name = tag.name.toUpperCase();
    const depth = stack.length - 1;
    stack.pop();
    if (depth === 1 && name === 'CHILD' && child) {
      emitChild(child, add);
      child = null;
      return;
    }
    if (!child) return;
    if (group && ((depth === 2 && name === 'EPISODE') || (depth === 3 && HEADER_GROUPS[name]))) {
      child.groups.push(group);
      group = null;
      return;
    }
    const column = RENAMES[name] ?? name;
    if (group && depth >= 3) group.values[column] = normaliseValue(leafText, DATE_COLUMNS.has(column));
    else if (depth === 3 && stack[2] === 'HEADER')
      child.header[column] = normaliseValue(leafText, DATE_COLUMNS.has(column));
    leafText = '';
  });

  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof Ssda903InputError) throw error;
    throw new Ssda903InputError(
      `The XML could not be read (${error instanceof Error ? error.message : String(error)}). Export the return again.`,
      { file, line: parser.line },
    );
  }
  if (!rootSeen) fail('The file has no XML elements. Check it is the SSDA903 XML return.');

  const tables: Tables = {};
  const sources: TableSource[] = [];
  for (const table of XML_TABLES) {
    (tables as Record<string, unknown>)[table] = rows.get(table);
    sources.push({ table, file, lines: lines.get(table)! });
  }
  return { tables, sources };
}

function emitChild(
  child: ChildRecord,
  add: (table: TableName, row: Record<string, string>, line: number) => void,
): void {
  const h = child.header;
  const get = (k: string) => h[k] ?? '';
  const id = get('CHILD');
  const header = blankRow('Header');
  for (const k of ['CHILD', 'SEX', 'DOB', 'ETHNIC', 'UPN', 'MOTHER', 'MC_DOB']) header[k] = get(k);
  header.UASC = get('UASC');
  add('Header', header, child.line);
  if (get('UASC') === '1' || get('DUC') !== '') {
    const uasc = blankRow('UASC');
    Object.assign(uasc, { CHILD: id, SEX: get('SEX'), DOB: get('DOB'), DUC: get('DUC') });
    add('UASC', uasc, child.line);
  }
  if (OC3_FIELDS.some((k) => get(k) !== '')) {
    const oc3 = blankRow('OC3');
    oc3.CHILD = id;
    oc3.DOB = get('DOB');
    for (const k of OC3_FIELDS) oc3[k] = get(k);
    add('OC3', oc3, child.line);
  }
  if (AD1_FIELDS.some((k) => get(k) !== '')) {
    const ad1 = blankRow('AD1');
    ad1.CHILD = id;
    ad1.DOB = get('DOB');
    for (const k of AD1_FIELDS) ad1[k] = get(k);
    add('AD1', ad1, child.line);
  }
  // Header groups first (in document order), then episodes, as the tables are independent.
  for (const group of child.groups) {
    const row = blankRow(group.table);
    row.CHILD = id;
    if ('DOB' in row) row.DOB = get('DOB');
    for (const [k, v] of Object.entries(group.values)) if (k in row && k !== 'CHILD') row[k] = v;
    add(group.table, row, group.line);
  }
}
