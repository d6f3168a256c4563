import { ukDateToIso } from '../read/dates.ts';
import { Ssda903InputError } from '../read/errors.ts';
import { cellText, type Sheet } from './workbook.ts';

/** One provider row as read from a list, before merging by URN. */
export interface ProviderListRow {
  urn: string;
  laName: string;
  placeCodes: string[];
  providerCodes: string[];
  registrationEnd?: string;
  postcode: string;
}

/** The layouts of Ofsted's published lists that Waypoint reads (spec §7.4). */
export type ProviderListLayout = 'childrens-homes' | 'social-care-providers' | 'combined';

/** Splits a code list such as `K1/K2`, `U1,U2` or `RD1, RD2` into upper-case codes. */
export function splitCodes(text: string): string[] {
  return text
    .split(/[,/;\s]+/)
    .map((c) => c.trim().toUpperCase())
    .filter((c) => c !== '');
}

/** A registration end date from a cell (Excel date, dd/mm/yyyy or ISO text); undefined for blanks and '-'. */
export function endDate(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = cellText(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  return ukDateToIso(text.slice(0, 10)) ?? undefined;
}

const findSheet = (sheets: readonly Sheet[], name: string) => sheets.find((s) => s.name.trim().toLowerCase() === name);

/** Which layout a workbook is in, or null when it is none of them. */
export function detectLayout(sheets: readonly Sheet[]): ProviderListLayout | null {
  if (findSheet(sheets, 'provider information')) return 'childrens-homes';
  if (findSheet(sheets, 'settings and inspection info') && findSheet(sheets, 'address details')) {
    return 'childrens-homes';
  }
  const first = sheets[0];
  if (!first) return null;
  if (findSheet(sheets, 'sa providers') || first.columns.includes('provider type')) return 'combined';
  if (first.columns.includes('placement code') && first.columns.includes('placement provider code')) {
    return 'social-care-providers';
  }
  return null;
}

function pick(sheet: Sheet, file: string, wanted: ReadonlyArray<string | readonly string[]>): string[] {
  const chosen: string[] = [];
  const missing: string[] = [];
  for (const options of wanted) {
    const names = typeof options === 'string' ? [options] : options;
    const hit = names.find((n) => sheet.columns.includes(n));
    if (hit) chosen.push(hit);
    else missing.push(names.join(' or '));
  }
  if (missing.length > 0) {
    throw new Ssda903InputError(
      `The sheet "${sheet.name}" has no column ${missing.map((m) => `"${m}"`).join(', ')}. ` +
        'Upload the list as downloaded from Ofsted, with its original column names.',
      { file },
    );
  }
  return chosen;
}

const POSTCODE = ['setting postcode', 'setting address postcode', 'provider postcode'] as const;

function rowsOf(sheet: Sheet, columns: string[], build: (get: (i: number) => unknown) => ProviderListRow | null) {
  const out: ProviderListRow[] = [];
  for (const record of sheet.rows) {
    const row = build((i) => record.get(columns[i]!));
    if (row && row.urn !== '') out.push(row);
  }
  return out;
}

/**
 * Children's homes list: sheet "Provider information" (or "Settings and Inspection Info" + "Address Details").
 * As the sector's validator reads it, "Provider Code" holds the placement codes and "Provider Placement Code"
 * the placement provider codes.
 */
function childrensHomes(sheets: readonly Sheet[], file: string): ProviderListRow[] {
  const info = findSheet(sheets, 'provider information');
  const settings = info ?? findSheet(sheets, 'settings and inspection info')!;
  const postcodes = new Map<string, string>();
  if (!info) {
    const address = findSheet(sheets, 'address details')!;
    const [urn, postcode] = pick(address, file, ['urn', POSTCODE]) as [string, string];
    for (const r of address.rows) postcodes.set(cellText(r.get(urn)).toUpperCase(), cellText(r.get(postcode)));
  }
  const wanted: Array<string | readonly string[]> = [
    'urn',
    'local authority',
    'provider code',
    'provider placement code',
    'closed date',
  ];
  if (info) wanted.push(POSTCODE);
  const columns = pick(settings, file, wanted);
  return rowsOf(settings, columns, (get) => {
    const urn = cellText(get(0)).toUpperCase();
    return {
      urn,
      laName: cellText(get(1)),
      placeCodes: splitCodes(cellText(get(2))),
      providerCodes: splitCodes(cellText(get(3))),
      registrationEnd: endDate(get(4)),
      postcode: info ? cellText(get(5)) : (postcodes.get(urn) ?? ''),
    };
  });
}

/** Social care providers list: sheet 1 current providers, sheet 2 closed providers (with deregistration date). */
function socialCareProviders(sheets: readonly Sheet[], file: string): ProviderListRow[] {
  const out: ProviderListRow[] = [];
  sheets.slice(0, 2).forEach((sheet, i) => {
    const wanted: Array<string | readonly string[]> = [
      'urn',
      'local authority',
      'placement code',
      'placement provider code',
      POSTCODE,
    ];
    if (i === 1) wanted.push('deregistration date');
    const columns = pick(sheet, file, wanted);
    out.push(
      ...rowsOf(sheet, columns, (get) => ({
        urn: cellText(get(0)).toUpperCase(),
        laName: cellText(get(1)),
        placeCodes: splitCodes(cellText(get(2))),
        providerCodes: splitCodes(cellText(get(3))),
        registrationEnd: i === 1 ? endDate(get(5)) : undefined,
        postcode: cellText(get(4)),
      })),
    );
  });
  return out;
}

/**
 * Combined list: sheet "Providers" (children's homes and agencies) and optionally "SA Providers" (supported
 * accommodation; placement code K3 and provider code PR4 unless the sheet gives them).
 */
function combined(sheets: readonly Sheet[], file: string): ProviderListRow[] {
  const sa = findSheet(sheets, 'sa providers');
  const main = findSheet(sheets, 'providers') ?? sheets.find((s) => s !== sa)!;
  const columns = pick(main, file, [
    'urn',
    'local authority',
    'placement code',
    'placement provider code',
    ['deregistration date', 'closed date'],
    POSTCODE,
  ]);
  const out = rowsOf(main, columns, (get) => ({
    urn: cellText(get(0)).toUpperCase(),
    laName: cellText(get(1)),
    placeCodes: splitCodes(cellText(get(2))),
    providerCodes: splitCodes(cellText(get(3))),
    registrationEnd: endDate(get(4)),
    postcode: cellText(get(5)),
  }));
  if (sa) {
    const [urn, la, closed, postcode] = pick(sa, file, [
      'urn',
      ['provider local authority', 'setting local authority', 'local authority'],
      ['closed date', 'deregistration date'],
      POSTCODE,
    ]) as [string, string, string, string];
    for (const record of sa.rows) {
      const id = cellText(record.get(urn)).toUpperCase();
      if (id === '') continue;
      const place = splitCodes(cellText(record.get('placement code')));
      const provider = splitCodes(cellText(record.get('placement provider code')));
      out.push({
        urn: id,
        laName: cellText(record.get(la)),
        placeCodes: place.length > 0 ? place : ['K3'],
        providerCodes: provider.length > 0 ? provider : ['PR4'],
        registrationEnd: endDate(record.get(closed)),
        postcode: cellText(record.get(postcode)),
      });
    }
  }
  return out;
}

/** Reads the provider rows of a workbook in a known layout. */
export function providerRows(layout: ProviderListLayout, sheets: readonly Sheet[], file: string): ProviderListRow[] {
  if (layout === 'childrens-homes') return childrensHomes(sheets, file);
  if (layout === 'social-care-providers') return socialCareProviders(sheets, file);
  return combined(sheets, file);
}
