import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findMeasure, getMeasure, MEASURES, NATIONAL_SPINE, UnknownMeasureError } from '../src/index.ts';

// measures.md copied unchanged into test/fixtures/spec (see its README).
const spec = readFileSync(new URL('./fixtures/spec/measures.md', import.meta.url), 'utf8');
const specRows = [...spec.matchAll(/^\| ([a-z0-9-]+) \| [^|]+ \| [^|]+ \| [^|]+ \| (R\+L|R|L|X) \| ([^|]+) \|/gm)].map(
  (m) => ({
    id: m[1]!,
    calc: m[2]!,
    polarity: m[3]!.trim(),
  }),
);

const UNITS = ['percent', 'rate-per-10000', 'count', 'days', 'weeks', 'months', 'score', 'ratio'];
const POLARITIES = ['higher-better', 'lower-better', 'neither'];
const PERIOD_KINDS = ['at-date', 'during-period', 'rolling-12-months', 'rolling-90-days', 'reporting-year'];
const AREAS = [
  'front-door',
  'assessment',
  'child-protection',
  'children-in-care',
  'placements',
  'missing',
  'care-leavers',
  'court',
  'workforce',
  'homeless-16-17',
];
const RECORD_ARRAYS = [
  'claChildren',
  'claEpisodes',
  'claReviews',
  'claMissing',
  'oc2',
  'oc3',
  'adoptions',
  'socialWorkerEpisodes',
  'cinReferrals',
  'cinAssessments',
  'cinPlans',
  'section47s',
  'cpPlans',
  'cpReviews',
  'csww',
  'contacts',
  'visits',
  'supervision',
  'caseAudits',
  'workforce',
  'missingEpisodes',
  'homelessPresentations',
  'placementRegister',
  'fosterHouseholds',
  'fosterEnquiries',
  'ploCases',
  'courtEvidenceReviews',
  'careLeavers',
  'feedback',
  'population0to17',
  'teams',
];

describe('catalogue completeness', () => {
  it('the spec copy lists 61 measures', () => {
    expect(specRows).toHaveLength(61);
  });

  it('holds exactly the ids of measures.md, in its order', () => {
    expect(MEASURES.map((m) => m.id)).toEqual(specRows.map((r) => r.id));
  });

  it('matches the calc type of every row, and the summary counts (34 R, 4 R+L, 22 L, 1 X)', () => {
    for (const row of specRows) expect(getMeasure(row.id).calc, row.id).toBe(row.calc);
    const counts = Object.fromEntries(
      ['R', 'R+L', 'L', 'X'].map((c) => [c, MEASURES.filter((m) => m.calc === c).length]),
    );
    expect(counts).toEqual({ R: 34, 'R+L': 4, L: 22, X: 1 });
  });

  it('matches the polarity symbol of every row (↑ higher, ↓ lower, ◇ neither; first symbol when mixed)', () => {
    const expected = (symbol: string) =>
      symbol.startsWith('↑') ? 'higher-better' : symbol.startsWith('↓') ? 'lower-better' : 'neither';
    for (const row of specRows) {
      // placement-type-mix: "foster ↑ (context); … others ◇" — Waypoint treats the headline as context (◇).
      if (row.id === 'placement-type-mix') continue;
      expect(getMeasure(row.id).polarity, row.id).toBe(expected(row.polarity));
    }
  });

  it('every entry has valid fields, and a compute function unless it needs external data', () => {
    for (const m of MEASURES) {
      expect(m.title.length, m.id).toBeGreaterThan(5);
      expect(m.definition.length, m.id).toBeGreaterThan(20);
      expect(m.numerator.length, m.id).toBeGreaterThan(3);
      expect(UNITS, m.id).toContain(m.unit);
      expect(POLARITIES, m.id).toContain(m.polarity);
      expect(PERIOD_KINDS, m.id).toContain(m.periodKind);
      expect(AREAS, m.id).toContain(m.serviceArea);
      expect(['monthly', 'quarterly', 'annual'], m.id).toContain(m.frequency);
      expect(m.source, m.id).toMatch(/^(903|CIN|CSWW|external|manual|local:[a-z0-9-]+)$/);
      for (const s of m.additionalSources ?? []) expect(s, m.id).toMatch(/^(903|CIN|CSWW|local:[a-z0-9-]+)$/);
      for (const k of [...m.requires, ...(m.requiresAnyOf ?? [])]) expect(RECORD_ARRAYS, m.id).toContain(k);
      if (m.unit === 'count' || m.denominator === null) expect(['count'], m.id).toContain(m.unit);
      if (m.calc === 'X') expect(m.compute, m.id).toBeUndefined();
      else expect(typeof m.compute, m.id).toBe('function');
      const variants = (m.variants ?? []).map((v) => v.id);
      expect(new Set(variants).size, m.id).toBe(variants.length);
      for (const v of m.variants ?? []) {
        expect(UNITS, `${m.id}:${v.id}`).toContain(v.unit);
        expect(POLARITIES, `${m.id}:${v.id}`).toContain(v.polarity);
      }
      if (m.england) {
        expect(Number.isFinite(m.england.value), m.id).toBe(true);
        expect(m.england.source.length, m.id).toBeGreaterThan(3);
      }
      expect(Array.isArray(m.notes), m.id).toBe(true);
    }
  });

  it('records the England values quoted in measures.md', () => {
    expect(getMeasure('re-referrals-12m').england?.value).toBe(22.6);
    expect(getMeasure('cla-rate').england?.value).toBe(67);
    expect(getMeasure('cp-repeat-plans').england?.value).toBe(24.5);
    expect(getMeasure('sw-caseload').england?.value).toBe(15.2);
    expect(getMeasure('care-leavers-eet').variants?.find((v) => v.id === '19-21')?.england?.value).toBe(54);
  });

  it('looks measures up by id and names unknown ids', () => {
    expect(findMeasure('nope')).toBeUndefined();
    expect(() => getMeasure('nope')).toThrow(UnknownMeasureError);
    expect(() => getMeasure('nope')).toThrow('Unknown measure "nope"');
  });

  it('maps national-spine indicators to catalogue ids and variants', () => {
    for (const i of NATIONAL_SPINE) {
      if (i.measureId === null) continue;
      const m = getMeasure(i.measureId);
      if (i.variant)
        expect(
          m.variants?.map((v) => v.id),
          i.title,
        ).toContain(i.variant);
    }
    expect(NATIONAL_SPINE.filter((i) => i.measureId !== null).length).toBeGreaterThanOrEqual(20);
  });
});
