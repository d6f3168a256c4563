/**
 * Fictional geography for generated returns: the returning authority and its fictional neighbours, their
 * postcodes (never real ones — no UK postcode area starts with Q, and KF is not one either) with OS-style grid
 * references, and the ONS-format reference files the postcode rules need.
 */
import { csvLine } from './csv.ts';
import type { Random } from './random.ts';

/** One fictional local authority with its postcode area. */
export interface AreaAuthority {
  /** Upper-tier GSS code (PL_LA). */
  code: string;
  name: string;
  /** Postcode area letters, e.g. KF. */
  area: string;
  /** Lower-tier authorities: GSS code and name (the same as the upper tier for a unitary authority). */
  districts: ReadonlyArray<{ code: string; name: string }>;
  /** OS grid reference of the centre, in metres. */
  centre: readonly [number, number];
}

/** A postcode with its grid reference and lower-tier authority. */
export interface Postcode {
  pcd: string;
  easting: number;
  northing: number;
  ltla: string;
}

/** An authority and its generated postcodes. */
export interface Area {
  authority: AreaAuthority;
  postcodes: Postcode[];
}

/** The areas of a generated return. */
export interface Geography {
  home: Area;
  /** Nearby authorities (17–50 miles), used for out-of-area placements. */
  neighbours: Area[];
  /** A distant authority (about 100 miles), for secure units and custody. */
  far: Area[];
}

/** Kellingford (the demo authority) and its fictional neighbours (`demo-scenario.md` §1). */
const DEMO_AUTHORITIES: readonly AreaAuthority[] = [
  {
    code: 'E06009901',
    name: 'Kellingford',
    area: 'KF',
    districts: [{ code: 'E06009901', name: 'Kellingford' }],
    centre: [452000, 301000],
  },
  {
    code: 'E06009902',
    name: 'Brackmoor',
    area: 'QB',
    districts: [{ code: 'E06009902', name: 'Brackmoor' }],
    centre: [504000, 330000],
  },
  {
    code: 'E10009903',
    name: 'Calder Vale County',
    area: 'QC',
    districts: [
      { code: 'E07009931', name: 'Calder Vale North' },
      { code: 'E07009932', name: 'Calder Vale South' },
    ],
    centre: [478000, 310500],
  },
  {
    code: 'E10009904',
    name: 'Hollin Shire',
    area: 'QD',
    districts: [
      { code: 'E07009941', name: 'Hollin East' },
      { code: 'E07009942', name: 'Hollin West' },
    ],
    centre: [395000, 262000],
  },
  {
    code: 'E08009906',
    name: 'Fenwick',
    area: 'QF',
    districts: [{ code: 'E08009906', name: 'Fenwick' }],
    centre: [430000, 380000],
  },
];

/** The distant authority used for secure children's homes and custody. */
const FAR_AUTHORITY: AreaAuthority = {
  code: 'E06009905',
  name: 'Eastmere',
  area: 'QE',
  districts: [{ code: 'E06009905', name: 'Eastmere' }],
  centre: [560000, 420000],
};

/** The demo's named postcodes, with the grid references that give the distances in the scenario. */
const NAMED_POSTCODES: ReadonlyArray<readonly [string, number, number]> = [
  ['KF1 1AA', 452000, 301000],
  ['KF3 4RT', 455200, 298400],
  ['KF7 9DW', 447300, 305800],
  ['QC4 8LP', 478000, 310500],
  ['QB7 2ZZ', 504000, 330000],
  ['QD2 5HN', 395000, 262000],
];

/** Letters used in the inward part of a postcode (never C, I, K, M, O or V). */
const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

function buildArea(authority: AreaAuthority, count: number, rng: Random, spreadMetres: number): Area {
  const postcodes: Postcode[] = [];
  const used = new Set<string>();
  for (const [pcd, easting, northing] of NAMED_POSTCODES) {
    if (!pcd.startsWith(authority.area) || !/\d/.test(pcd.charAt(authority.area.length))) continue;
    used.add(pcd);
    postcodes.push({ pcd, easting, northing, ltla: authority.districts[0]!.code });
  }
  const districts = Math.max(9, Math.ceil(count / 1500));
  const centres = Array.from({ length: districts }, (_, i) => {
    const angle = (2 * Math.PI * i) / districts + rng.next();
    const radius = spreadMetres * (0.2 + 0.7 * rng.next());
    return [authority.centre[0] + radius * Math.cos(angle), authority.centre[1] + radius * Math.sin(angle)] as const;
  });
  while (postcodes.length < count) {
    const district = rng.int(1, districts);
    const inward = `${rng.int(0, 9)}${INWARD_LETTERS.charAt(rng.int(0, 19))}${INWARD_LETTERS.charAt(rng.int(0, 19))}`;
    const pcd = `${authority.area}${district} ${inward}`;
    if (used.has(pcd)) continue;
    used.add(pcd);
    const [e, n] = centres[district - 1]!;
    postcodes.push({
      pcd,
      easting: Math.round(e + (rng.next() - 0.5) * 3000),
      northing: Math.round(n + (rng.next() - 0.5) * 3000),
      ltla: authority.districts[(district - 1) % authority.districts.length]!.code,
    });
  }
  return { authority, postcodes };
}

/** Options that shape the geography of a generated return. */
export interface GeographyOptions {
  laCode: string;
  laName?: string;
  postcodeArea?: string;
  /** Children in the return: the number of postcodes grows with it. */
  children: number;
}

/**
 * The returning authority (its code and postcode area; Kellingford's centre unless the area is one of the
 * demo's) with about half a postcode per child (at least 120), five fictional neighbours and one distant
 * authority. An authority of the demo list that shares the code or postcode area is replaced by the home one.
 */
export function buildGeography(options: GeographyOptions, rng: Random): Geography {
  const area = (options.postcodeArea ?? 'KF').toUpperCase();
  if (!/^[A-Z]{1,2}$/.test(area)) throw new Error(`postcodeArea must be one or two letters (got "${area}").`);
  if (area === FAR_AUTHORITY.area) throw new Error(`postcodeArea ${area} is reserved for the distant authority.`);
  const known = DEMO_AUTHORITIES.find((a) => a.area === area || a.code === options.laCode);
  const home: AreaAuthority = {
    code: options.laCode,
    name: options.laName ?? (known?.code === options.laCode ? known.name : `Authority ${options.laCode}`),
    area,
    districts: [{ code: options.laCode, name: options.laName ?? known?.name ?? `Authority ${options.laCode}` }],
    centre: known?.centre ?? DEMO_AUTHORITIES[0]!.centre,
  };
  const others = DEMO_AUTHORITIES.filter((a) => a.area !== area && a.code !== options.laCode);
  const n = options.children;
  return {
    home: buildArea(home, Math.max(120, Math.ceil(n * 0.5)), rng, 6000),
    neighbours: others.map((a) => buildArea(a, Math.max(20, Math.ceil(n * 0.08)), rng, 5000)),
    far: [buildArea(FAR_AUTHORITY, Math.max(10, Math.ceil(n * 0.02)), rng, 5000)],
  };
}

/** Every area of the geography, home first. */
const allAreas = (geo: Geography): Area[] => [geo.home, ...geo.neighbours, ...geo.far];

/** The ONS postcode extract (`pcd, oseast1m, osnrth1m, laua`) covering every generated postcode. */
export function postcodesCsv(geo: Geography): string {
  const lines = ['pcd,oseast1m,osnrth1m,laua'];
  for (const area of allAreas(geo)) {
    for (const p of area.postcodes) lines.push(csvLine([p.pcd, String(p.easting), String(p.northing), p.ltla]));
  }
  return `${lines.join('\n')}\n`;
}

/** The ONS authorities file (`LTLA21CD, LTLA21NM, UTLA21CD, UTLA21NM`) for every generated authority. */
export function authoritiesCsv(geo: Geography): string {
  const lines = ['LTLA21CD,LTLA21NM,UTLA21CD,UTLA21NM'];
  for (const { authority } of allAreas(geo)) {
    for (const d of authority.districts) lines.push(csvLine([d.code, d.name, authority.code, authority.name]));
  }
  return `${lines.join('\n')}\n`;
}
