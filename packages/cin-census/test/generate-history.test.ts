import { beforeAll, describe, expect, it } from 'vitest';
import {
  type CensusHistoryYear,
  type CinCensus,
  type CinValidationResult,
  generateCensus,
  generateCensusHistory,
  readCensus,
  seededIssueCatalogue,
  validateCensus,
} from '../src/index.ts';
import { DATE_COLUMNS } from '../src/tables.ts';
import { DEMO_STORIES, STEPPED_DOWN_AND_BACK, THIRD_PLAN } from './demo-stories.ts';

const AS_OF = '2025-10-31';
const OPTIONS = { children: 400, fromYear: 2024, toYear: 2026, asOf: AS_OF, seed: 21, laNumber: '990', errorRate: 0 };

const fired = (result: CinValidationResult) =>
  Object.entries(result.flaggedLocationsByRule)
    .filter(([, n]) => n > 0)
    .map(([rule]) => rule);

/** The demo's LA number 990 is not on DfE's list: the caller recognises it (rule 1530), as the demo configuration does. */
const validate = (y: CensusHistoryYear) => validateCensus(y.xml, { year: y.year, extraLaNumbers: ['990'] });

const GENDER: Readonly<Record<string, string>> = { '1': 'M', '2': 'F', '0': 'U' };

describe('generateCensusHistory: three census years as at an in-year day', () => {
  let years: CensusHistoryYear[];
  let censuses: CinCensus[];
  beforeAll(async () => {
    years = generateCensusHistory(OPTIONS);
    censuses = await Promise.all(years.map((y) => readCensus(y.xml)));
  });

  it('writes each year, the last an in-year census dated on the "as at" day', () => {
    expect(years.map((y) => [y.year, y.referenceDate, y.partial])).toEqual([
      [2024, '2024-03-31', false],
      [2025, '2025-03-31', false],
      [2026, AS_OF, true],
    ]);
    expect(censuses.map((c) => [c.header.Year, c.header.ReferenceDate])).toEqual([
      ['2024', '2024-03-31'],
      ['2025', '2025-03-31'],
      ['2026', AS_OF],
    ]);
    // `children` counts the latest full year's file.
    expect(censuses[1]!.children).toBe(400);
  });

  it('passes every rule of each year; the in-year census only raises 100 (ReferenceDate is not 31 March)', async () => {
    const results = await Promise.all(years.map(validate));
    expect(results.map((r) => r.rulesFailed)).toEqual([{}, {}, {}]);
    expect(results.map(fired)).toEqual([[], [], ['100']]);
    // The validator took the in-year census's period from its ReferenceDate.
    expect(results[2]!.collectionStart).toBe('2024-11-01');
  });

  it('dates nothing after the "as at" day', () => {
    const planned = new Set(['InitialCPCtarget', 'ExpectedPersonBirthDate', 'ReferenceDate']);
    for (const census of censuses) {
      for (const [table, rows] of Object.entries(census.tables)) {
        for (const row of rows) {
          for (const [column, value] of Object.entries(row)) {
            if (!DATE_COLUMNS.has(column) || planned.has(column) || value === '') continue;
            expect(value <= AS_OF, `${census.header.Year} ${table}.${column} ${value}`).toBe(true);
          }
        }
      }
    }
  });

  it('tells one history: a child in consecutive files is the same child, with the same open work', () => {
    let both = 0;
    let plansCarried = 0;
    for (let k = 1; k < censuses.length; k++) {
      const before = censuses[k - 1]!.tables;
      const now = censuses[k]!.tables;
      const identity = (t: CinCensus['tables']) =>
        new Map(
          t.ChildIdentifiers.map((c) => [
            c.LAchildID,
            [c.PersonBirthDate || c.ExpectedPersonBirthDate, c.Sex || GENDER[c.GenderCurrent]],
          ]),
        );
      const ethnicity = (t: CinCensus['tables']) =>
        new Map(t.ChildCharacteristics.map((c) => [c.LAchildID, c.Ethnicity]));
      const [idBefore, idNow] = [identity(before), identity(now)];
      const [ethBefore, ethNow] = [ethnicity(before), ethnicity(now)];
      for (const [child, value] of idNow) {
        if (!idBefore.has(child)) continue;
        both++;
        expect(ethNow.get(child)).toBe(ethBefore.get(child));
        const [birth, sex] = idBefore.get(child)!;
        // An unborn child (expected date, sex U) may have been born since.
        if (value[1] !== 'U' && sex !== 'U') expect([child, ...value]).toEqual([child, birth, sex]);
      }
      // Every episode open at the earlier census goes on, with the same referral.
      const nowEpisodes = new Set(now.CINdetails.map((e) => `${e.LAchildID} ${e.CINreferralDate} ${e.ReferralSource}`));
      for (const e of before.CINdetails.filter((x) => x.CINclosureDate === '')) {
        expect(nowEpisodes.has(`${e.LAchildID} ${e.CINreferralDate} ${e.ReferralSource}`)).toBe(true);
      }
      // Every CP plan open at the earlier census goes on, with its category, previous plans and reviews so far.
      const plan = (p: CinCensus['tables']['ChildProtectionPlans'][number]) =>
        `${p.LAchildID} ${p.CPPstartDate} ${p.InitialCategoryOfAbuse} ${p.NumberOfPreviousCPP}`;
      const reviews = (t: CinCensus['tables'], p: CinCensus['tables']['ChildProtectionPlans'][number]) =>
        t.Reviews.filter(
          (r) => r.LAchildID === p.LAchildID && r.CINdetailsID === p.CINdetailsID && r.CPPID === p.CPPID,
        ).map((r) => r.CPPreviewDate);
      for (const p of before.ChildProtectionPlans.filter((x) => x.CPPendDate === '')) {
        const later = now.ChildProtectionPlans.find((x) => plan(x) === plan(p));
        expect(later, plan(p)).toBeDefined();
        const earlier = reviews(before, p);
        expect(reviews(now, later!).slice(0, earlier.length)).toEqual(earlier);
        plansCarried++;
      }
    }
    expect(both).toBeGreaterThan(300);
    expect(plansCarried).toBeGreaterThan(40);
  });

  it('gives a child a UPN as they grow up and never takes it away', () => {
    const upns = censuses.map((c) => new Map(c.tables.ChildIdentifiers.map((r) => [r.LAchildID, r.UPN])));
    let gained = 0;
    for (let k = 1; k < upns.length; k++) {
      for (const [child, upn] of upns[k - 1]!) {
        const later = upns[k]!.get(child);
        if (later === undefined) continue;
        if (upn !== '') expect(later).toBe(upn);
        else if (later !== '') gained++;
      }
    }
    expect(gained).toBeGreaterThan(0);
  });

  it('keeps the number of children level from year to year', () => {
    for (const census of censuses) expect(Math.abs(census.children / 400 - 1)).toBeLessThan(0.06);
  });

  it('is deterministic for a seed', () => {
    const again = generateCensusHistory(OPTIONS);
    expect(again).toEqual(years);
    expect(generateCensusHistory({ ...OPTIONS, seed: 22 })[1]!.xml).not.toBe(years[1]!.xml);
  });
});

describe('generateCensusHistory', () => {
  it('plants seeded issues in the latest full year only', async () => {
    const years = generateCensusHistory({ ...OPTIONS, children: 300, errorRate: 0.05, laNumber: '881' });
    const results = await Promise.all(years.map((y) => validateCensus(y.xml, { year: y.year })));
    const allowed = new Set(seededIssueCatalogue(2025).flatMap((s) => [s.rule, ...s.alsoFlags]));
    expect(fired(results[0]!)).toEqual([]);
    expect(fired(results[1]!).length).toBeGreaterThan(0);
    expect(fired(results[1]!).filter((r) => !allowed.has(r))).toEqual([]);
    expect(fired(results[2]!)).toEqual(['100']);
  });

  it('writes a named story exactly as the single-year census does, in each year it reaches', () => {
    const history = generateCensusHistory({ ...OPTIONS, children: 20, asOf: undefined, extraChildren: DEMO_STORIES });
    const childOf = (xml: string, id: string) =>
      xml.match(
        new RegExp(`\\t\\t<Child>\\n\\t\\t\\t<ChildIdentifiers>\\n\\t\\t\\t\\t<LAchildID>${id}<[^]*?</Child>`),
      )?.[0];
    for (const y of history) {
      const single = generateCensus({
        children: 20,
        year: y.year,
        seed: 1,
        laNumber: '990',
        extraChildren: DEMO_STORIES,
      });
      for (const story of [STEPPED_DOWN_AND_BACK, THIRD_PLAN])
        expect(childOf(y.xml, story.id)).toBe(childOf(single, story.id));
    }
    expect(childOf(history[2]!.xml, THIRD_PLAN.id)).toContain('<CPPreviewDate>2026-02-26</CPPreviewDate>');
  });

  it('cuts a named story at the "as at" day', async () => {
    const [, , extract] = generateCensusHistory({
      ...OPTIONS,
      children: 20,
      asOf: '2025-06-30',
      extraChildren: [THIRD_PLAN],
    });
    const reviews = (await readCensus(extract!.xml)).tables.Reviews.filter((r) => r.LAchildID === THIRD_PLAN.id);
    expect(reviews.map((r) => r.CPPreviewDate)).toEqual(['2025-03-13']);
  });

  it('refuses options it cannot honour, saying what to change', () => {
    const base = { children: 10, seed: 1, laNumber: '990' };
    expect(() => generateCensusHistory({ ...base, fromYear: 2026, toYear: 2024 })).toThrow(
      'toYear (2024) must not be before fromYear (2026)',
    );
    expect(() => generateCensusHistory({ ...base, fromYear: 2024, toYear: 2026, asOf: '2025-03-31' })).toThrow(
      'asOf 2025-03-31 is before collection year 2025/26 starts: set toYear to the collection year that contains asOf',
    );
    expect(() => generateCensusHistory({ ...base, fromYear: 2024, toYear: 2026, asOf: '2025-02-30' })).toThrow(
      /asOf must be a real date/,
    );
    expect(() => generateCensusHistory({ ...base, fromYear: 2019, toYear: 2026 })).toThrow(/fromYear must be/);
  });
});
