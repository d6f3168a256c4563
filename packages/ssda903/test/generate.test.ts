import { beforeAll, describe, expect, it } from 'vitest';
import {
  type ChildStory,
  type GeneratedReturn,
  generateReturn,
  makeUpn,
  readPostcodeReference,
  readProviderLists,
  readReturn,
  renderXml,
  upnCheckLetter,
  type ValidationResult,
  validateReturn,
} from '../src/index.ts';

const LA = 'E06009901';

/**
 * Rules a clean generated return still trips, and why. Everything else must report no issue at all.
 * - 1001, 1002: DfE "[NOTE]" queries. The tool sees only this year's and last year's returns, so care leavers
 *   aged 19–21 who left care before last year have no episodes to look at (1002), and the reference flags
 *   every care leaver aged 20 or over (1001).
 * - SW12STG2: from 2024/25 the rule (as the reference implements it) flags every open episode that does not start
 *   care, because a blank REC counts as "ended"; in 2023/24 it pairs a child's k-th episode with their k-th
 *   social worker episode, which short-break children with many breaks cannot satisfy.
 */
const EXPECTED: Readonly<Record<string, string>> = {
  '1001': 'query: only two years of episodes are loaded; 20+ always flagged',
  '1002': 'query: care leavers who left care before last year',
  SW12STG2: 'rule as implemented flags open non-S episodes (2024/25+) / k-th pairing (2023/24)',
};
const EXPECTED_RULES: ReadonlySet<string> = new Set(Object.keys(EXPECTED));

async function validateGenerated(g: GeneratedReturn): Promise<ValidationResult> {
  const postcodes = readPostcodeReference(g.postcodes, g.authorities);
  return validateReturn({
    year: g.year,
    current: readReturn(g.current),
    previous: readReturn(g.previous),
    providers: await readProviderLists(g.providers!, { postcodes }),
    postcodes,
    laCode: LA,
  });
}

describe('generateReturn with errorRate 0 passes every rule that can run', () => {
  for (const year of [2024, 2025, 2026, 2027]) {
    it(`${year - 1}/${year % 100}: ${year === 2027 ? 'with DoLo' : 'with last year, postcodes and providers'}`, async () => {
      const g = await generateReturn({ children: 300, year, seed: year, laCode: LA, errorRate: 0 });
      const result = await validateGenerated(g);
      expect(result.rulesFailed).toEqual({});
      expect(result.rulesNotRun).toEqual({ '105': 'applies to XML returns only' });
      const unexpected = result.issues.filter((i) => !EXPECTED_RULES.has(i.rule));
      expect(unexpected.map((i) => `${i.rule} ${i.child} ${i.table} row ${i.row}`)).toEqual([]);
      expect(g.injected).toEqual([]);
      // SEX is coded 1/2 up to 2023/24 and M/F/U from 2024/25, in each year's own files.
      const sexes = (files: GeneratedReturn['current']) => new Set(readReturn(files).tables.Header!.map((h) => h.SEX));
      expect(sexes(g.current)).toEqual(new Set(year <= 2024 ? ['1', '2'] : ['M', 'F']));
      expect(sexes(g.previous)).toEqual(new Set(year <= 2025 ? ['1', '2'] : ['M', 'F']));
    }, 30_000);
  }
});

describe('generateReturn', () => {
  let g: GeneratedReturn;
  beforeAll(async () => {
    g = await generateReturn({ children: 400, year: 2026, seed: 42, laCode: LA, providerLists: false });
  }, 30_000);

  it('writes this year’s return with the requested number of children and last year’s for the same children', () => {
    const current = readReturn(g.current);
    const previous = readReturn(g.previous);
    expect(current.tables.Header).toHaveLength(400);
    expect(previous.tables.Header!.length).toBeGreaterThan(300);
    const both = current.tables.Header!.filter((h) => previous.tables.Header!.some((p) => p.CHILD === h.CHILD));
    expect(both.length).toBeGreaterThan(200);
    expect(Object.keys(current.tables).sort()).toEqual(
      [
        'AD1',
        'Episodes',
        'Header',
        'Missing',
        'OC2',
        'OC3',
        'PlacedAdoption',
        'PrevPerm',
        'Reviews',
        'SWEpisodes',
        'UASC',
      ].sort(),
    );
    // U only where a deliberate error put it.
    const unknown = g.injected.some((e) => e.kind === 'sex-unknown');
    expect(new Set(current.tables.Header!.map((h) => h.SEX))).toEqual(new Set(unknown ? ['M', 'F', 'U'] : ['M', 'F']));
    expect(new Set(previous.tables.Header!.map((h) => h.SEX))).toEqual(new Set(['M', 'F']));
  });

  it('is deterministic for a seed and differs for another seed', async () => {
    const again = await generateReturn({ children: 400, year: 2026, seed: 42, laCode: LA, providerLists: false });
    const other = await generateReturn({ children: 400, year: 2026, seed: 43, laCode: LA, providerLists: false });
    const episodes = (r: GeneratedReturn) =>
      new TextDecoder().decode(r.current.find((f) => f.name === 'episodes.csv')!.bytes);
    expect(episodes(again)).toBe(episodes(g));
    expect(episodes(other)).not.toBe(episodes(g));
  });

  it('writes the same bytes for the same seed, provider list workbooks included', async () => {
    const options = { children: 60, year: 2026, seed: 7, laCode: LA };
    const [a, b] = [await generateReturn(options), await generateReturn(options)];
    const all = (r: GeneratedReturn) => [
      ...r.current,
      ...r.previous,
      r.postcodes,
      r.authorities,
      ...(r.providers ?? []),
    ];
    expect(all(a).map((f) => f.name)).toEqual(all(b).map((f) => f.name));
    expect(all(a).every((f, i) => Buffer.from(f.bytes).equals(Buffer.from(all(b)[i]!.bytes)))).toBe(true);
    expect(a.providers).toHaveLength(2);
  });

  it('gives the default share of children (2%) exactly one deliberate error, each reported by its rules', async () => {
    expect(g.injected).toHaveLength(8);
    const postcodes = readPostcodeReference(g.postcodes, g.authorities);
    const result = validateReturn({
      year: 2026,
      current: readReturn(g.current),
      previous: readReturn(g.previous),
      postcodes,
      laCode: LA,
    });
    const unexpected = result.issues.filter((i) => !EXPECTED_RULES.has(i.rule));
    const found = new Set(unexpected.map((i) => `${i.child} ${i.rule}`));
    const injected = new Set(g.injected.flatMap((e) => e.rules.map((r) => `${e.child} ${r}`)));
    expect(found).toEqual(injected);
  });

  it('uses fictional postcodes of the authority’s area and its neighbours, all in the reference file', () => {
    const reference = readPostcodeReference(g.postcodes, g.authorities);
    const episodes = readReturn(g.current).tables.Episodes!;
    const used = new Set(episodes.flatMap((e) => [e.HOME_POST, e.PL_POST]).filter((p) => p !== ''));
    expect([...used].every((p) => /^(KF|Q[B-F])\d+ \d[A-Z]{2}$/.test(p))).toBe(true);
    expect([...used].filter((p) => reference.lookup(p) === undefined)).toEqual([]);
    expect(reference.lookup('KF1 1AA')).toEqual({ easting: 452000, northing: 301000, ltla: LA });
  });

  it('tells care histories: adoptions with AD1, care leavers with OC3, missing children, UASC, social worker changes', () => {
    const t = readReturn(g.current).tables;
    expect(t.OC3!.length).toBeGreaterThan(40);
    expect(t.OC2!.length).toBeGreaterThan(100);
    expect(t.Missing!.length).toBeGreaterThan(10);
    expect(t.SWEpisodes!.every((s) => /^(SW|XX)\d{10}$/.test(s.SW_ID) || s.SW_ID === '12345')).toBe(true);
    const episodes = t.Episodes!;
    expect(new Set(episodes.map((e) => e.RNE))).toEqual(new Set(['S', 'P', 'L', 'T', 'B']));
    expect(episodes.some((e) => e.PLACE.startsWith('U') && e.PLACE_PROVIDER === 'PR1')).toBe(true);
    expect(episodes.some((e) => e.PLACE === 'K3')).toBe(true);
    expect(episodes.filter((e) => e.PLACE === 'P1').every((e) => e.PLACE_PROVIDER === 'PR0')).toBe(true);
  });

  it('appends scripted children as given, in both years where their history reaches', async () => {
    const story: ChildStory = {
      child: 'KF204117',
      sex: 'M',
      dob: '2011-08-02',
      ethnic: 'WBRI',
      upn: makeUpn('990', 999_999),
      episodes: [
        {
          decom: '2024-06-01',
          rne: 'S',
          ls: 'C2',
          cin: 'N1',
          place: 'U4',
          provider: 'PR1',
          dec: '2026-01-14',
          rec: 'X1',
          reasonPlaceChange: 'CREQB',
          homePost: 'KF1 1AA',
          plPost: 'KF3 4RT',
          urn: '',
        },
        {
          decom: '2026-01-14',
          rne: 'P',
          ls: 'C2',
          cin: 'N1',
          place: 'K2',
          provider: 'PR4',
          dec: '',
          rec: '',
          reasonPlaceChange: '',
          homePost: 'KF1 1AA',
          plPost: 'QB7 2ZZ',
          urn: '',
        },
      ],
    };
    const withStory = await generateReturn({
      children: 50,
      year: 2026,
      seed: 1,
      laCode: LA,
      extraChildren: [story],
      providerLists: false,
    });
    expect(withStory.stories.at(-1)).toBe(story);
    const current = readReturn(withStory.current).tables.Episodes!.filter((e) => e.CHILD === 'KF204117');
    const previous = readReturn(withStory.previous).tables.Episodes!.filter((e) => e.CHILD === 'KF204117');
    expect(current.map((e) => [e.DECOM, e.DEC, e.PLACE])).toEqual([
      ['2024-06-01', '2026-01-14', 'U4'],
      ['2026-01-14', '', 'K2'],
    ]);
    expect(previous.map((e) => [e.DECOM, e.DEC, e.REC])).toEqual([['2024-06-01', '', '']]);
  });

  it('refuses options it cannot honour', async () => {
    await expect(generateReturn({ children: 0, year: 2026, seed: 1, laCode: LA })).rejects.toThrow(/children/);
    await expect(generateReturn({ children: 5, year: 2026, seed: 1, laCode: 'Kellingford' })).rejects.toThrow(/GSS/);
    await expect(generateReturn({ children: 5, year: 2026, seed: 1, laCode: LA, errorRate: 2 })).rejects.toThrow(
      /errorRate/,
    );
  });
});

describe('UPN check letters', () => {
  it('computes the DfE check letter (weights 2–13, mod 23)', () => {
    expect(upnCheckLetter('950000178301')).toBe('A');
    expect(upnCheckLetter('243278544154')).toBe('H');
    expect(() => upnCheckLetter('12345')).toThrow(/12 digits/);
  });

  it('makes distinct, well-formed UPNs with the authority number in characters 2–4', () => {
    const upns = Array.from({ length: 2000 }, (_, n) => makeUpn('990', n));
    expect(new Set(upns).size).toBe(2000);
    for (const upn of upns.slice(0, 50)) {
      expect(upn).toMatch(/^[A-HJ-NP-RT-Z]990\d{9}$/);
      expect(upnCheckLetter(upn.slice(1))).toBe(upn[0]);
    }
  });
});

describe('renderXml', () => {
  it('writes an EXPSSDA903 file that reads back to the same tables, leaving out what the 2021 schema cannot hold', async () => {
    const g = await generateReturn({
      children: 150,
      year: 2026,
      seed: 5,
      laCode: LA,
      errorRate: 0,
      providerLists: false,
    });
    const csv = readReturn(g.current);
    const xml = renderXml(csv);
    const back = readReturn([xml.file]);
    expect(back.format).toBe('xml');
    const zEpisodes = csv.tables.Episodes!.filter((e) => /^Z1[1-4]$/.test(e.PLACE)).length;
    expect(xml.omitted).toEqual({
      swEpisodes: csv.tables.SWEpisodes!.length,
      deprivationOfLiberty: 0,
      episodesWithZPlacements: zEpisodes,
    });
    for (const table of [
      'Header',
      'UASC',
      'Reviews',
      'OC2',
      'OC3',
      'AD1',
      'PlacedAdoption',
      'PrevPerm',
      'Missing',
    ] as const) {
      expect(back.tables[table], table).toEqual(csv.tables[table]);
    }
    expect(back.tables.Episodes).toEqual(csv.tables.Episodes!.filter((e) => !/^Z1[1-4]$/.test(e.PLACE)));
    expect(back.tables.SWEpisodes).toBeUndefined();
  });
});
