import { beforeAll, describe, expect, it } from 'vitest';
import {
  type ChildStory,
  DATE_COLUMNS,
  type GeneratedHistory,
  generateHistory,
  generateReturn,
  lookedAfterOn,
  makeUpn,
  readPostcodeReference,
  readProviderLists,
  readReturn,
  type Ssda903Return,
  validateReturn,
} from '../src/index.ts';

const LA = 'E06009901';
const AS_OF = '2026-07-15';

/** Rules a clean generated return still trips (README, "Generating returns"): see generate.test.ts. */
const EXPECTED = new Set(['1001', '1002', 'SW12STG2']);
/**
 * And on an in-year extract: 359 (looked after after the 18th birthday outside V2/K2) is judged at 31 March, so a
 * young person in care on the "as at" day who turns 18 before the year ends (and will leave care then) is flagged.
 */
const EXPECTED_PARTIAL = new Set([...EXPECTED, '359']);

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const SEX_CODE: Readonly<Record<string, string>> = { '1': 'M', '2': 'F' };

describe('generateHistory: three collection years as at an in-year day', () => {
  let h: GeneratedHistory;
  let returns: Ssda903Return[];
  beforeAll(async () => {
    h = await generateHistory({
      children: 260,
      fromYear: 2025,
      toYear: 2027,
      asOf: AS_OF,
      seed: 11,
      laCode: LA,
      errorRate: 0,
    });
    returns = h.years.map((y) => readReturn(y.files));
  }, 30_000);

  it('renders each year, the last as an in-year extract', () => {
    expect(h.years.map((y) => [y.year, y.partial])).toEqual([
      [2025, false],
      [2026, false],
      [2027, true],
    ]);
    expect(h.asOf).toBe(AS_OF);
    expect(h.injectedYear).toBe(2026);
    expect(h.injected).toEqual([]);
    // `children` counts the latest full year's return.
    expect(returns[1]!.tables.Header).toHaveLength(260);
  });

  it('passes every rule of each year with the previous year’s return, except the listed queries', async () => {
    const postcodes = readPostcodeReference(h.postcodes, h.authorities);
    const providers = await readProviderLists(h.providers!, { postcodes });
    const fired: string[][] = [];
    for (const [k, y] of h.years.entries()) {
      const result = validateReturn({
        year: y.year,
        current: returns[k]!,
        ...(k > 0 ? { previous: returns[k - 1]! } : {}),
        providers,
        postcodes,
        laCode: LA,
      });
      expect(result.rulesFailed).toEqual({});
      const allowed = y.partial ? EXPECTED_PARTIAL : EXPECTED;
      const unexpected = result.issues.filter((i) => !allowed.has(i.rule));
      expect(unexpected.map((i) => `${y.year}: ${i.rule} ${i.child} ${i.table} row ${i.row}`)).toEqual([]);
      fired.push([...new Set(result.issues.map((i) => i.rule))].sort());
    }
    // The extract really is judged against the whole year: 359 fires on it and on no full year.
    expect(fired.map((rules) => rules.includes('359'))).toEqual([false, false, true]);
  }, 30_000);

  it('dates nothing after the "as at" day, and leaves what is still going on open', () => {
    for (const [k, y] of h.years.entries()) {
      for (const [table, rows] of Object.entries(returns[k]!.tables)) {
        for (const row of rows ?? []) {
          for (const [column, value] of Object.entries(row)) {
            // DUC is the 18th birthday, a date in the future by design.
            if (!DATE_COLUMNS.has(column) || column === 'DUC' || typeof value !== 'string') continue;
            if (/^\d{4}-\d{2}-\d{2}$/.test(value))
              expect(value <= AS_OF, `${y.year} ${table}.${column} ${value}`).toBe(true);
          }
        }
      }
    }
    const extract = returns[2]!.tables;
    const open = extract.Episodes!.filter((e) => e.DEC === '');
    expect(lookedAfterOn(extract.Episodes!, AS_OF).size).toBeGreaterThan(100);
    expect(open.length).toBe(lookedAfterOn(extract.Episodes!, AS_OF).size);
    expect(extract.SWEpisodes!.some((s) => s.SW_DEC === '')).toBe(true);
    expect(extract.Reviews!.every((r) => r.REVIEW >= '2026-04-01')).toBe(true);
  });

  it('tells one history: a child’s rows in consecutive returns agree', () => {
    const key = (e: Record<string, string>) =>
      [e.CHILD, e.DECOM, e.RNE, e.LS, e.CIN, e.PLACE, e.PLACE_PROVIDER, e.HOME_POST, e.PL_POST, e.URN].join('|');
    let carried = 0;
    for (let k = 1; k < returns.length; k++) {
      const last = returns[k - 1]!.tables;
      const now = returns[k]!.tables;
      const lastEnd = `${h.years[k - 1]!.year}-03-31`;
      // Every episode open at last year's end goes on this year, the same episode; every episode this year that
      // began by then was in last year's return (closed or open).
      const lastKeys = new Set(last.Episodes!.map(key));
      const nowKeys = new Set(now.Episodes!.map(key));
      for (const e of last.Episodes!.filter((x) => x.DEC === '')) expect(nowKeys.has(key(e)), key(e)).toBe(true);
      for (const e of now.Episodes!.filter((x) => x.DECOM <= lastEnd)) {
        expect(lastKeys.has(key(e)), key(e)).toBe(true);
        carried++;
      }
      const lastHeader = new Map(last.Header!.map((r) => [r.CHILD, r]));
      for (const r of now.Header!) {
        const before = lastHeader.get(r.CHILD);
        if (!before) continue;
        expect([before.DOB, before.ETHNIC, SEX_CODE[before.SEX] ?? before.SEX]).toEqual([r.DOB, r.ETHNIC, r.SEX]);
      }
    }
    expect(carried).toBeGreaterThan(200);
  });

  it('keeps the volumes level and every kind of activity in every full year', () => {
    const atYearEnd = h.years
      .filter((y) => !y.partial)
      .map((y, k) => lookedAfterOn(returns[k]!.tables.Episodes!, `${y.year}-03-31`).size);
    const atAsOf = lookedAfterOn(returns[2]!.tables.Episodes!, AS_OF).size;
    const counts = [...atYearEnd, atAsOf];
    for (let k = 1; k < counts.length; k++) expect(Math.abs(counts[k]! / counts[k - 1]! - 1)).toBeLessThan(0.08);
    for (const [k, y] of h.years.entries()) {
      if (y.partial) continue;
      const t = returns[k]!.tables;
      const from = `${y.year - 1}-04-01`;
      const started = t.Episodes!.filter((e) => e.RNE === 'S' && e.DECOM >= from && e.LS !== 'V3').length;
      const ceased = t.Episodes!.filter((e) => !['', 'X1'].includes(e.REC) && e.LS !== 'V3').length;
      expect({ year: y.year, started: started > 25, ceased: ceased > 25 }).toEqual({
        year: y.year,
        started: true,
        ceased: true,
      });
      for (const table of [
        'AD1',
        'OC2',
        'OC3',
        'UASC',
        'Missing',
        'Reviews',
        'SWEpisodes',
        'PlacedAdoption',
      ] as const) {
        expect(t[table]!.length, `${y.year} ${table}`).toBeGreaterThan(0);
      }
      expect(t.Episodes!.some((e) => e.LS === 'V3')).toBe(true);
    }
  });

  it('codes SEX 1/2 up to 2023/24 and M/F from 2024/25, year by year', async () => {
    const g = await generateHistory({
      children: 60,
      fromYear: 2024,
      toYear: 2026,
      seed: 3,
      laCode: LA,
      errorRate: 0,
      providerLists: false,
    });
    const sexes = g.years.map((y) => [...new Set(readReturn(y.files).tables.Header!.map((r) => r.SEX))].sort());
    expect(sexes).toEqual([
      ['1', '2'],
      ['F', 'M'],
      ['F', 'M'],
    ]);
    expect(g.years.every((y) => !y.partial)).toBe(true);
  });
});

describe('generateHistory', () => {
  const options = {
    children: 80,
    fromYear: 2025,
    toYear: 2027,
    asOf: AS_OF,
    seed: 5,
    laCode: LA,
    providerLists: false,
  } as const;

  it('is deterministic for a seed', async () => {
    const [a, b, c] = await Promise.all([
      generateHistory(options),
      generateHistory(options),
      generateHistory({ ...options, seed: 6 }),
    ]);
    const all = (g: GeneratedHistory) =>
      g.years.flatMap((y) => y.files.map((f) => `${y.year}/${f.name}\n${text(f.bytes)}`));
    expect(all(b)).toEqual(all(a));
    expect(all(c)).not.toEqual(all(a));
  });

  it('puts the deliberate errors in the latest full year only', async () => {
    const g = await generateHistory({ ...options, children: 300, errorRate: 0.03, asOf: '2027-01-10' });
    expect(g.injectedYear).toBe(2026);
    expect(g.injected).toHaveLength(9);
    const [y2025, y2026] = g.years.map((y) => readReturn(y.files));
    const postcodes = readPostcodeReference(g.postcodes, g.authorities);
    const clean = validateReturn({ year: 2025, current: y2025!, postcodes, laCode: LA });
    expect(clean.issues.filter((i) => !EXPECTED.has(i.rule))).toEqual([]);
    const withErrors = validateReturn({ year: 2026, current: y2026!, previous: y2025!, postcodes, laCode: LA });
    const found = new Set(withErrors.issues.filter((i) => !EXPECTED.has(i.rule)).map((i) => `${i.child} ${i.rule}`));
    expect(found).toEqual(new Set(g.injected.flatMap((e) => e.rules.map((r) => `${e.child} ${r}`))));
  }, 30_000);

  it('is what generateReturn gives for two years', async () => {
    const { asOf: _asOf, fromYear: _from, toYear: _to, ...base } = options;
    const two = await generateHistory({ ...base, fromYear: 2025, toYear: 2026, errorRate: 0.02 });
    const ret = await generateReturn({ ...base, year: 2026, errorRate: 0.02 });
    expect(ret.previous).toEqual(two.years[0]!.files);
    expect(ret.current).toEqual(two.years[1]!.files);
    expect(ret.injected).toEqual(two.injected);
  });

  it('cuts scripted children at the "as at" day', async () => {
    const story: ChildStory = {
      child: 'KF209853',
      sex: 'F',
      dob: '2010-03-02',
      ethnic: 'WBRI',
      upn: makeUpn('990', 999_998),
      episodes: [
        {
          decom: '2025-09-01',
          rne: 'S',
          ls: 'V2',
          cin: 'N1',
          place: 'U4',
          provider: 'PR1',
          dec: '2026-09-30',
          rec: 'X1',
          reasonPlaceChange: 'CARPL',
          homePost: 'KF1 1AA',
          plPost: 'KF3 4RT',
          urn: '',
        },
        {
          decom: '2026-09-30',
          rne: 'P',
          ls: 'V2',
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
      missing: [
        { type: 'M', start: '2026-07-10', end: '2026-07-20' },
        { type: 'A', start: '2026-08-01', end: '2026-08-02' },
      ],
      reviews: [
        { date: '2025-10-01', participation: 'PN1' },
        { date: '2026-04-01', participation: 'PN1' },
        { date: '2026-10-01', participation: 'PN1' },
      ],
    };
    const g = await generateHistory({ ...options, extraChildren: [story] });
    const rows = (k: number) => {
      const t = readReturn(g.years[k]!.files).tables;
      const of = <T extends { CHILD: string }>(list: T[] | undefined) =>
        (list ?? []).filter((r) => r.CHILD === story.child);
      return { episodes: of(t.Episodes), missing: of(t.Missing), reviews: of(t.Reviews) };
    };
    expect(rows(0).episodes).toEqual([]);
    expect(rows(1).episodes.map((e) => [e.DECOM, e.DEC, e.REC])).toEqual([['2025-09-01', '', '']]);
    const extract = rows(2);
    expect(extract.episodes.map((e) => [e.DECOM, e.DEC, e.REC, e.REASON_PLACE_CHANGE])).toEqual([
      ['2025-09-01', '', '', ''],
    ]);
    expect(extract.missing.map((m) => [m.MIS_START, m.MIS_END])).toEqual([['2026-07-10', '']]);
    expect(extract.reviews.map((r) => r.REVIEW)).toEqual(['2026-04-01']);
    // The story handed back is the history as known on the day.
    expect(g.stories.at(-1)!.episodes).toHaveLength(1);
  });

  it('refuses options it cannot honour, saying what to change', async () => {
    const base = { children: 10, seed: 1, laCode: LA, providerLists: false };
    await expect(generateHistory({ ...base, fromYear: 2027, toYear: 2025 })).rejects.toThrow(
      'toYear (2025) must not be before fromYear (2027).',
    );
    await expect(generateHistory({ ...base, fromYear: 2025, toYear: 2027, asOf: '2026-03-31' })).rejects.toThrow(
      'asOf 2026-03-31 is before collection year 2026/27 starts: set toYear to the collection year that contains asOf.',
    );
    await expect(generateHistory({ ...base, fromYear: 2025, toYear: 2027, asOf: '15/07/2026' })).rejects.toThrow(
      /asOf must be an ISO date/,
    );
    await expect(generateHistory({ ...base, fromYear: 2000, toYear: 2027 })).rejects.toThrow(/fromYear/);
  });
});
