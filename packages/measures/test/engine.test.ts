import { describe, expect, it } from 'vitest';
import {
  computeAnnual,
  computeMeasure,
  computeMonthlySeries,
  type MeasureData,
  PeriodError,
  prepare,
  resolvePeriod,
  UnknownVariantError,
} from '../src/index.ts';
import { claChild, episode, population } from './helpers.ts';

const data: MeasureData = {
  claChildren: [claChild('A', '2012-01-01'), claChild('B', '2013-01-01')],
  claEpisodes: [
    episode('A', '2025-01-15', undefined),
    episode('B', '2025-06-10', '2025-09-20', { reasonEnded: 'E45' }),
  ],
  population0to17: population(10_000),
};

describe('periods', () => {
  it('resolves defaults from the measure’s period kind', () => {
    expect(resolvePeriod('at-date', '2026-03-31')).toEqual({ start: '2026-03-31', end: '2026-03-31', kind: 'at-date' });
    expect(resolvePeriod('rolling-12-months', '2026-02-28').start).toBe('2025-03-01');
    expect(resolvePeriod('rolling-90-days', '2026-03-31').start).toBe('2026-01-01');
    expect(resolvePeriod('reporting-year', '2026-03-31')).toEqual({
      start: '2025-04-01',
      end: '2026-03-31',
      kind: 'reporting-year',
    });
    expect(resolvePeriod('reporting-year', '2026-03-30').end).toBe('2025-03-31');
    expect(resolvePeriod('during-period', { start: '2026-04-01', end: '2026-06-30' }).start).toBe('2026-04-01');
  });

  it('rejects malformed periods with a clear message', () => {
    expect(() => resolvePeriod('at-date', '31/03/2026')).toThrow(PeriodError);
    expect(() => resolvePeriod('during-period', { start: '2026-05-01', end: '2026-04-01' })).toThrow('after its end');
  });
});

describe('computeMeasure', () => {
  it('returns no-data naming the missing inputs', () => {
    const r = computeMeasure('cla-rate', { claEpisodes: [] }, '2026-03-31');
    expect(r).toMatchObject({ status: 'no-data', id: 'cla-rate' });
    if (r.status === 'no-data') expect(r.reason).toContain('population0to17');
  });

  it('returns no-data for an empty cohort rather than dividing by zero', () => {
    const r = computeMeasure('placement-stability-short', { claEpisodes: [] }, '2026-03-31');
    expect(r.status).toBe('no-data');
    if (r.status === 'no-data') expect(r.reason).toContain('denominator');
  });

  it('returns the external-data state for school-moves', () => {
    const r = computeMeasure('school-moves', data, '2026-03-31');
    expect(r.status).toBe('no-data');
    if (r.status === 'no-data') expect(r.reason).toContain('external data');
  });

  it('throws on an unknown variant, listing the known ones', () => {
    expect(() => computeMeasure('cla-rate', data, '2026-03-31', { variant: 'nope' })).toThrow(UnknownVariantError);
    expect(() => computeMeasure('cla-rate', data, '2026-03-31', { variant: 'nope' })).toThrow('Use one of: starts');
  });

  it('reports dates outside the working-day calendar as no-data', () => {
    const old: MeasureData = {
      cinAssessments: [{ childId: 'x', referralId: 'r', start: '2012-05-01', authorised: '2012-06-01', factors: [] }],
    };
    const r = computeMeasure('assessments-45wd', old, { start: '2012-04-01', end: '2013-03-31' });
    expect(r.status).toBe('no-data');
    if (r.status === 'no-data') expect(r.reason).toContain('outside the england-and-wales bank-holiday table');
  });
});

describe('computeMonthlySeries', () => {
  it('computes at each month end for at-date measures', () => {
    const series = computeMonthlySeries('cla-rate', data, '2025-05', '2025-10');
    expect(series.map((p) => (p.status === 'ok' ? p.numerator : null))).toEqual([1, 2, 2, 2, 1, 1]);
    expect(series[0]!.period).toEqual({ start: '2025-05-31', end: '2025-05-31', kind: 'at-date' });
  });

  it('uses the rolling window for rolling measures and the month (or quarter) for during-period measures', () => {
    const exits = computeMonthlySeries('exits-sgo-cao', data, '2025-09', '2025-10');
    expect(exits[0]!.period.start).toBe('2024-10-01');
    expect(exits.map((p) => (p.status === 'ok' ? p.numerator : p.reason))).toEqual([1, 1]);
    const withReviews: MeasureData = { ...data, claReviews: [] };
    const reviews = computeMonthlySeries('cla-reviews-on-time', withReviews, '2025-02', '2025-02', {
      window: 'quarter',
    });
    expect(reviews[0]!.period).toEqual({ start: '2024-12-01', end: '2025-02-28', kind: 'during-period' });
    expect(reviews[0]!.status).toBe('ok'); // A's first review was due 12 February 2025 and missed
  });

  it('gives annual measures a value only at March', () => {
    const oc2: MeasureData = {
      oc2: [{ childId: 'c', year: 2026, healthAssessment: true, teethCheck: true, immunisations: true }],
    };
    const series = computeMonthlySeries('cla-health-assessments', oc2, '2026-02', '2026-04');
    expect(series.map((p) => p.status)).toEqual(['no-data', 'ok', 'no-data']);
  });

  it('accepts prepared data and reuses it', () => {
    const prepared = prepare(data);
    const a = computeMonthlySeries('cla-rate', prepared, '2025-01', '2025-12');
    const b = computeMonthlySeries('cla-rate', data, '2025-01', '2025-12');
    expect(a).toEqual(b);
  });
});

describe('computeAnnual', () => {
  it('uses 31 March for at-date measures and the reporting year for period measures', () => {
    const r = computeAnnual('cla-rate', data, 2026);
    expect(r.period).toEqual({ start: '2026-03-31', end: '2026-03-31', kind: 'at-date' });
    const exits = computeAnnual('exits-sgo-cao', data, 2026);
    expect(exits.period).toEqual({ start: '2025-04-01', end: '2026-03-31', kind: 'rolling-12-months' });
  });

  it('uses 30 September for CSWW measures', () => {
    const csww: MeasureData = {
      csww: [
        {
          year: 2025,
          inPostFte: 100,
          leaversFte: 12,
          agencyFte: 10,
          vacancyFte: 15,
          caseHoldersFte: 60,
          cases: 900,
          workingDaysLost: 900,
        },
      ],
    };
    const r = computeAnnual('sw-turnover', csww, 2025);
    expect(r.period.end).toBe('2025-09-30');
    expect(r.status === 'ok' && r.value).toBe(12);
  });
});
