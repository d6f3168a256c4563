import { describe, expect, it } from 'vitest';
import {
  assessAgainstTarget,
  formatAmount,
  getMeasure,
  type MeasureOutcome,
  type RagMeasure,
  ragMeasure,
  type Target,
  trajectoryPointFor,
} from '../src/index.ts';

const pct = (polarity: RagMeasure['polarity']): RagMeasure => ({ unit: 'percent', polarity, frequency: 'monthly' });

describe('measure RAG (inspection-and-plans §4)', () => {
  const supervision: Target = {
    baseline: { date: '2026-01-31', value: 61 },
    trajectory: [
      { date: '2026-07-31', value: 80 },
      { date: '2026-09-30', value: 84 },
    ],
    final: { date: '2026-12-31', value: 90 },
  };

  it('amber within tolerance: judged against the trajectory point the value is heading for', () => {
    const r = assessAgainstTarget(
      ragMeasure(getMeasure('supervision-on-time')),
      [
        { date: '2026-05-31', value: 75 },
        { date: '2026-06-30', value: 78 },
      ],
      supervision,
      '2026-07-15',
    );
    expect(r.rag).toBe('amber');
    expect(r.trajectoryPoint).toEqual({ date: '2026-07-31', value: 80 });
    expect(r.distance?.absolute).toBeCloseTo(-2);
    expect(r.distance?.relative).toBeCloseTo(-0.025);
    expect(r.distanceText).toBe('2.0 points below target');
    expect(r.direction).toBe('improving');
    expect(r.reason).toBe(
      'Amber: 78.0% is 2.0 points below target (80.0% for 31 July 2026), within the 10% tolerance.',
    );
  });

  it('green when a lower-is-better value meets its trajectory point', () => {
    const r = assessAgainstTarget(
      pct('lower-better'),
      [{ date: '2026-06-30', value: 16.5 }],
      { trajectory: [{ date: '2026-06-30', value: 17 }], final: { date: '2027-03-31', value: 12 } },
      '2026-07-15',
    );
    expect(r.rag).toBe('green');
    expect(r.distanceText).toBe('0.5 points below target');
  });

  it('red when outside tolerance and not improving; amber when outside but improving', () => {
    const target: Target = { trajectory: [], final: { date: '2027-03-31', value: 22 } };
    const red = assessAgainstTarget(
      pct('lower-better'),
      [
        { date: '2026-05-31', value: 25 },
        { date: '2026-06-30', value: 26 },
      ],
      target,
      '2026-07-15',
    );
    expect(red.rag).toBe('red');
    expect(red.direction).toBe('worsening');
    expect(red.distanceText).toBe('4.0 points above target');
    expect(red.reason).toContain('outside the 10% tolerance and worsening');
    const amber = assessAgainstTarget(
      pct('higher-better'),
      [
        { date: '2026-05-31', value: 25 },
        { date: '2026-06-30', value: 33 },
      ],
      { trajectory: [{ date: '2026-07-31', value: 40 }], final: { date: '2027-03-31', value: 50 } },
      '2026-07-15',
    );
    expect(amber.rag).toBe('amber');
    expect(amber.reason).toContain('but improving');
  });

  it('red when flat outside tolerance; a custom tolerance moves the boundary', () => {
    const series = [
      { date: '2026-05-31', value: 85 },
      { date: '2026-06-30', value: 85 },
    ];
    const target: Target = { trajectory: [], final: { date: '2027-03-31', value: 95 } };
    // 85 is 10/95 = 10.5% below 95: just outside the default 10%, inside 11%.
    expect(assessAgainstTarget(pct('higher-better'), series, { ...target, tolerance: 0.11 }, '2026-07-15').rag).toBe(
      'amber',
    );
    const flatRed = assessAgainstTarget(pct('higher-better'), series, target, '2026-07-15');
    expect(flatRed.rag).toBe('red');
    expect(flatRed.direction).toBe('stable');
    expect(flatRed.reason).toContain('not improving');
  });

  it('grey when there is no value or it is stale for the refresh frequency', () => {
    const target: Target = { trajectory: [], final: { date: '2027-03-31', value: 90 } };
    expect(assessAgainstTarget(pct('higher-better'), [], target, '2026-07-15').rag).toBe('grey');
    const stale = assessAgainstTarget(pct('higher-better'), [{ date: '2026-04-30', value: 95 }], target, '2026-07-15');
    expect(stale.rag).toBe('grey');
    expect(stale.reason).toContain('older than the expected refresh (62 days)');
    const annual: RagMeasure = { unit: 'percent', polarity: 'higher-better', frequency: 'annual' };
    expect(assessAgainstTarget(annual, [{ date: '2026-03-31', value: 95 }], target, '2026-07-15').rag).toBe('green');
  });

  it('ignores values after the as-of date and no-data points in a computed series', () => {
    const series: MeasureOutcome[] = [
      {
        status: 'ok',
        id: 'x',
        period: { start: '2026-05-31', end: '2026-05-31', kind: 'at-date' },
        numerator: 9,
        denominator: 10,
        value: 90,
        unit: 'percent',
        contributors: [],
      },
      {
        status: 'no-data',
        id: 'x',
        period: { start: '2026-06-30', end: '2026-06-30', kind: 'at-date' },
        reason: 'none',
      },
      {
        status: 'ok',
        id: 'x',
        period: { start: '2026-07-31', end: '2026-07-31', kind: 'at-date' },
        numerator: 1,
        denominator: 10,
        value: 10,
        unit: 'percent',
        contributors: [],
      },
    ];
    const r = assessAgainstTarget(
      pct('higher-better'),
      series,
      { trajectory: [], final: { date: '2027-03-31', value: 90 } },
      '2026-07-15',
    );
    expect(r.value).toBe(90);
    expect(r.valueDate).toBe('2026-05-31');
    expect(r.rag).toBe('green');
  });

  it('◇ measures and measures without a target get no RAG, but still a trend', () => {
    const neither = assessAgainstTarget(
      ragMeasure(getMeasure('cla-rate')),
      [
        { date: '2026-05-31', value: 55 },
        { date: '2026-06-30', value: 56 },
      ],
      null,
      '2026-07-15',
    );
    expect(neither.rag).toBe('none');
    expect(neither.trend).toBe('up');
    expect(neither.direction).toBe('stable');
    expect(neither.reason).toBe('No RAG: a context measure (no better direction); 56.0 per 10,000 at 30 June 2026.');
    expect(assessAgainstTarget(pct('higher-better'), [{ date: '2026-06-30', value: 50 }], null, '2026-07-15').rag).toBe(
      'none',
    );
  });

  it('counts towards a zero target: absolute distance, no relative distance, children as the noun', () => {
    const r = assessAgainstTarget(
      ragMeasure(getMeasure('unregistered-provision')),
      [
        { date: '2026-06-30', value: 1 },
        { date: '2026-07-15', value: 2 },
      ],
      { trajectory: [], final: { date: '2026-09-30', value: 0 } },
      '2026-07-15',
    );
    expect(r.rag).toBe('red');
    expect(r.distance).toEqual({ absolute: 2, relative: null });
    expect(r.distanceText).toBe('2 children above target');
    const zero = assessAgainstTarget(
      ragMeasure(getMeasure('under-16-unregulated')),
      [{ date: '2026-07-15', value: 0 }],
      { trajectory: [], final: { date: '2026-09-30', value: 0 } },
      '2026-07-15',
    );
    expect(zero.rag).toBe('green');
    expect(zero.distanceText).toBe('at target');
  });

  it('uses the variant’s unit and polarity when rating a companion view', () => {
    const view = ragMeasure(getMeasure('sw-agency-rate'), 'agency-free-teams');
    expect(view).toMatchObject({ unit: 'count', polarity: 'higher-better', countNoun: 'teams' });
    const r = assessAgainstTarget(
      view,
      [{ date: '2026-06-30', value: 2 }],
      { trajectory: [], final: { date: '2027-03-31', value: 4 } },
      '2026-07-15',
    );
    expect(r.distanceText).toBe('2 teams below target');
  });

  it('words distances by unit', () => {
    expect(formatAmount(12, 'rate-per-10000')).toBe('12.0 per 10,000');
    expect(formatAmount(1, 'count')).toBe('1 child');
    expect(formatAmount(3, 'count', 'families')).toBe('3 families');
    expect(formatAmount(1, 'count', 'households')).toBe('1 household');
    expect(formatAmount(-5, 'days')).toBe('5 days');
    expect(formatAmount(1.5, 'months')).toBe('1.5 months');
    expect(formatAmount(0.72, 'score')).toBe('0.7');
    expect(formatAmount(1, 'percent')).toBe('1.0 point');
    expect(formatAmount(1234.5, 'rate-per-10000')).toBe('1,234.5 per 10,000');
  });

  it('takes the final target once the value is past every trajectory date', () => {
    const t: Target = { trajectory: [{ date: '2026-07-31', value: 80 }], final: { date: '2026-12-31', value: 90 } };
    expect(trajectoryPointFor(t, '2027-01-31')).toEqual({ date: '2026-12-31', value: 90 });
    expect(trajectoryPointFor(t, '2026-07-31')).toEqual({ date: '2026-07-31', value: 80 });
    expect(trajectoryPointFor(t, '2026-08-01')).toEqual({ date: '2026-12-31', value: 90 });
  });
});
