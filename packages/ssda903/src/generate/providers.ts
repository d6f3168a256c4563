/**
 * Fictional Ofsted-registered providers for generated returns (fostering and adoption agencies, children's
 * homes, secure homes, supported accommodation, family centres, residential schools), and the two provider
 * list workbooks in the layouts `readProviderLists` accepts.
 */
import type { SourceFile } from '../read/source-file.ts';
import { day, iso } from './days.ts';
import type { Area, Geography, Postcode } from './geography.ts';
import type { Random } from './random.ts';

/** What a provider is; decides its placement codes and which list it is published in. */
export type ProviderKind =
  | 'la-fostering'
  | 'ifa'
  | 'la-adoption'
  | 'vaa'
  | 'childrens-home'
  | 'secure-home'
  | 'supported'
  | 'family-centre'
  | 'school';

/** One registered setting or agency. */
export interface Provider {
  urn: string;
  kind: ProviderKind;
  name: string;
  /** Placement codes (PLACE) it is registered for. */
  places: readonly string[];
  /** Placement provider codes it is recorded with (PR1 own LA, PR2 other LA, PR4 private, PR5 voluntary). */
  providerCodes: readonly string[];
  /** The code a placement by the returning authority uses. */
  placementProvider: string;
  /** Setting (or office) postcode. */
  postcode: Postcode;
  area: Area;
  /** Day its registration ended, if it closed. */
  registrationEnd?: number;
}

/** The providers of a generated return, grouped by kind. */
export interface ProviderUniverse {
  all: Provider[];
  byKind: ReadonlyMap<ProviderKind, readonly Provider[]>;
}

const FOSTER = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6'];
const ADOPTION = ['A3', 'A4', 'A5', 'A6'];

interface KindSpec {
  kind: ProviderKind;
  places: readonly string[];
  prefix: string;
  label: string;
}

const KINDS: Readonly<Record<ProviderKind, KindSpec>> = {
  'la-fostering': { kind: 'la-fostering', places: FOSTER, prefix: '27', label: 'Fostering Service' },
  ifa: { kind: 'ifa', places: FOSTER, prefix: '28', label: 'Fostering Agency' },
  'la-adoption': { kind: 'la-adoption', places: ADOPTION, prefix: '26', label: 'Regional Adoption Agency' },
  vaa: { kind: 'vaa', places: ADOPTION, prefix: '25', label: 'Adoption Support' },
  'childrens-home': { kind: 'childrens-home', places: ['K2'], prefix: 'SC9', label: "Children's Home" },
  'secure-home': { kind: 'secure-home', places: ['K1'], prefix: 'SC8', label: "Secure Children's Home" },
  supported: { kind: 'supported', places: ['K3'], prefix: '29', label: 'Supported Accommodation' },
  'family-centre': { kind: 'family-centre', places: ['R3'], prefix: '24', label: 'Residential Family Centre' },
  school: { kind: 'school', places: ['S1'], prefix: 'SC7', label: 'Residential Special School' },
};

const NAMES = [
  'Ashdown',
  'Birchfield',
  'Cedar Lodge',
  'Dovecote',
  'Elmstead',
  'Fernleigh',
  'Greenacre',
  'Hawthorn',
  'Ivy House',
  'Juniper',
  'Kestrel',
  'Larchwood',
  'Meadowbank',
  'Northgate',
  'Oakridge',
  'Primrose',
  'Quarry Hill',
  'Rowan',
  'Sycamore',
  'Thornbury',
  'Upland',
  'Willow',
];

/**
 * Builds the providers: the authority's own fostering service and adoption agency, its own children's homes,
 * supported accommodation and family centre (all PR1, in the authority), private and voluntary agencies and
 * homes in and around it (PR4/PR5), and other authorities' homes and secure units (PR2). About one private
 * children's home in 2,500 children closes during the two years (its registration end date is in the list).
 */
export function buildProviders(
  geo: Geography,
  children: number,
  window: { start: number; end: number },
  rng: Random,
): ProviderUniverse {
  const all: Provider[] = [];
  const counters = new Map<string, number>();
  const add = (kind: ProviderKind, area: Area, code: 'PR1' | 'PR2' | 'PR4' | 'PR5', registrationEnd?: number) => {
    const spec = KINDS[kind];
    const n = (counters.get(spec.prefix) ?? 0) + 1;
    counters.set(spec.prefix, n);
    const digits = 8 - spec.prefix.length;
    const urn = `${spec.prefix}${String(n * 7 + 11)
      .padStart(digits, '0')
      .slice(-digits)}`;
    const own = area === geo.home;
    const providerCodes = code === 'PR2' ? ['PR1', 'PR2'] : [code];
    const name = `${NAMES[n % NAMES.length]} ${own && code === 'PR1' ? area.authority.name : ''} ${spec.label}`
      .replace(/\s+/g, ' ')
      .trim();
    const provider: Provider = {
      urn,
      kind,
      name,
      places: spec.places,
      providerCodes,
      placementProvider: code,
      postcode: rng.pick(area.postcodes),
      area,
    };
    if (registrationEnd !== undefined) provider.registrationEnd = registrationEnd;
    all.push(provider);
  };
  const around = (): Area =>
    rng.weighted<Area>([
      [geo.home, 0.45],
      ...geo.neighbours.map((a) => [a, 0.5 / geo.neighbours.length] as const),
      [geo.far[0]!, 0.05],
    ]);
  const privateCode = (): 'PR4' | 'PR5' => (rng.chance(0.75) ? 'PR4' : 'PR5');
  const scale = (per: number, min: number) => Math.max(min, Math.ceil(children / per));

  add('la-fostering', geo.home, 'PR1');
  add('la-adoption', geo.home, 'PR1');
  for (let i = 0; i < scale(1500, 6); i++) add('ifa', around(), privateCode());
  for (let i = 0; i < scale(8000, 2); i++) add('vaa', around(), 'PR5');
  for (let i = 0; i < scale(2500, 3); i++) add('childrens-home', geo.home, 'PR1');
  for (const neighbour of geo.neighbours.slice(0, 2)) add('childrens-home', neighbour, 'PR2');
  for (let i = 0; i < scale(250, 12); i++) add('childrens-home', around(), privateCode());
  const closing = scale(2500, 1);
  for (let i = 0; i < closing; i++) {
    const end = rng.int(window.start + 60, window.end - 30);
    add('childrens-home', rng.pick(geo.neighbours), 'PR4', end);
  }
  add('secure-home', geo.far[0]!, 'PR2');
  add('secure-home', geo.neighbours[geo.neighbours.length - 1]!, 'PR2');
  add('secure-home', geo.far[0]!, 'PR4');
  for (let i = 0; i < scale(1200, 5); i++) add('supported', around(), privateCode());
  add('supported', geo.home, 'PR1');
  for (let i = 0; i < scale(10000, 2); i++) add('family-centre', around(), 'PR4');
  add('family-centre', geo.home, 'PR1');
  for (let i = 0; i < scale(8000, 3); i++) add('school', around(), privateCode());

  const byKind = new Map<ProviderKind, Provider[]>();
  for (const p of all) {
    const list = byKind.get(p.kind);
    if (list) list.push(p);
    else byKind.set(p.kind, [p]);
  }
  return { all, byKind };
}

/** Sector label of a provider code, as the lists print it. */
const SECTOR: Readonly<Record<string, string>> = {
  PR1: 'Local Authority',
  PR2: 'Local Authority',
  PR4: 'Private',
  PR5: 'Voluntary',
};

const onListOf = (p: Provider): 'childrens-homes' | 'social-care' =>
  p.kind === 'childrens-home' || p.kind === 'secure-home' ? 'childrens-homes' : 'social-care';

/** A date cell: a UTC-midnight Date, as Excel stores dates. */
const dateCell = (day: number) => new Date(`${iso(day)}T00:00:00Z`);

/**
 * The two provider list workbooks (xlsx): the children's homes list (sheet "Provider information": placement
 * codes in "Provider Code", provider codes in "Provider Placement Code", "Closed Date") and the social care
 * providers list (sheet 1 current providers, sheet 2 closed providers with "Deregistration date").
 */
export async function providerListWorkbooks(universe: ProviderUniverse, year: number): Promise<SourceFile[]> {
  const { default: ExcelJS } = await import('exceljs');
  const homes = new ExcelJS.Workbook();
  const info = homes.addWorksheet('Provider information');
  info.addRow([
    'Local Authority',
    'URN',
    'Provider Type',
    'Sector',
    'Setting Name',
    'Provider Status',
    'Closed Date',
    'Provider Code',
    'Provider Placement Code',
    'Setting Address Postcode',
  ]);
  const social = new ExcelJS.Workbook();
  const header = [
    'URN',
    'Provision type',
    'Setting name',
    'Registration status',
    'Setting postcode',
    'Local authority',
    'Sector',
    'Placement code',
    'Placement provider code',
  ];
  const current = social.addWorksheet('Current providers');
  current.addRow(header);
  const closed = social.addWorksheet(`Providers closed in ${year - 1}-${String(year % 100).padStart(2, '0')}`);
  closed.addRow([...header, 'Deregistration date']);
  for (const p of universe.all) {
    const la = p.area.authority.name;
    const sector = SECTOR[p.placementProvider]!;
    const provision = KINDS[p.kind].label;
    if (onListOf(p) === 'childrens-homes') {
      info.addRow([
        la,
        p.urn,
        provision,
        sector,
        p.name,
        p.registrationEnd === undefined ? 'Active' : 'Closed',
        p.registrationEnd === undefined ? '-' : dateCell(p.registrationEnd),
        p.places.join(','),
        p.providerCodes.join('/'),
        p.postcode.pcd,
      ]);
      continue;
    }
    const row = [
      p.urn,
      provision,
      p.name,
      p.registrationEnd === undefined ? 'Active' : 'Closed',
      p.postcode.pcd,
      la,
      sector,
      p.places.join(','),
      p.providerCodes.join(','),
    ];
    if (p.registrationEnd === undefined) current.addRow(row);
    else closed.addRow([...row, dateCell(p.registrationEnd)]);
  }
  // Fixed document and file dates, so the same seed gives the same bytes.
  const asOf = dateCell(day(`${year}-03-31`));
  const bytes = async (wb: InstanceType<typeof ExcelJS.Workbook>) => {
    wb.created = asOf;
    wb.modified = asOf;
    return withFixedZipDates(new Uint8Array(await wb.xlsx.writeBuffer()), year);
  };
  return [
    { name: 'childrens_homes_list.xlsx', bytes: await bytes(homes) },
    { name: 'social_care_providers_list.xlsx', bytes: await bytes(social) },
  ];
}

/**
 * Sets the modification date of every file in a zip (an xlsx) to 31 March of `year`: the zip library stamps
 * each entry with the current time. Walks the central directory from its end record; headers are not covered by
 * the CRCs, so nothing else changes. Bytes that do not look like a zip are returned as they are.
 */
function withFixedZipDates(zip: Uint8Array, year: number): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  if (end < 0 || view.getUint32(end, true) !== 0x06054b50) return zip;
  const time = 12 << 11; // 12:00:00
  const date = ((year - 1980) << 9) | (3 << 5) | 31;
  let at = view.getUint32(end + 16, true);
  const entries = view.getUint16(end + 10, true);
  for (let k = 0; k < entries && at + 46 <= zip.length; k++) {
    if (view.getUint32(at, true) !== 0x02014b50) break;
    view.setUint16(at + 12, time, true);
    view.setUint16(at + 14, date, true);
    const local = view.getUint32(at + 42, true);
    if (local + 14 <= zip.length && view.getUint32(local, true) === 0x04034b50) {
      view.setUint16(local + 10, time, true);
      view.setUint16(local + 12, date, true);
    }
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}
