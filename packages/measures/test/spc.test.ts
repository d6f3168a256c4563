import { describe, expect, it } from 'vitest';
import { SpcError, xmrChart } from '../src/index.ts';

const BASE = [10, 12, 10, 12, 10, 12]; // mean 11, mean moving range 2 → limits 11 ± 5.32

describe('XmR limits', () => {
  it('computes the mean, mean moving range and natural process limits', () => {
    const r = xmrChart(BASE);
    expect(r.mean).toBe(11);
    expect(r.movingRangeMean).toBe(2);
    expect(r.upper).toBeCloseTo(16.32);
    expect(r.lower).toBeCloseTo(5.68);
    expect(r.signals).toEqual([]);
    expect(r.variation).toBe('common-cause');
    expect(r.interpretation).toBe('no significant change');
  });

  it('computes limits on a baseline period and extends them', () => {
    const r = xmrChart([...BASE, 13, 13, 13], { baselineLength: 6 });
    expect(r.mean).toBe(11);
    expect(r.points[8]).toMatchObject({ mean: 11, upper: expect.closeTo(16.32) });
  });

  it('recalculates the baseline from a chosen index; earlier points keep their own limits', () => {
    const before = [10, 11, 10, 11, 10, 11, 10, 11];
    const after = [20, 21, 20, 21, 20, 21, 20, 21];
    const whole = xmrChart([...before, ...after]);
    expect(whole.signals.some((s) => s.rule === 'run')).toBe(true);
    const split = xmrChart([...before, ...after], { baselineFrom: 8 });
    expect(split.mean).toBe(20.5);
    expect(split.points[0]!.mean).toBe(10.5);
    expect(split.signals).toEqual([]);
  });

  it('rejects empty input and a baseline index out of range', () => {
    expect(() => xmrChart([])).toThrow(SpcError);
    expect(() => xmrChart([1, 2], { baselineFrom: 2 })).toThrow('baselineFrom must be an index from 0 to 1');
  });
});

describe('XmR signals and interpretation', () => {
  it('a point outside the limits: improving when higher is better, concerning when lower is better', () => {
    const values = [...BASE, 17];
    expect(xmrChart(values, { baselineLength: 6, polarity: 'higher-better' })).toMatchObject({
      variation: 'special-cause-high',
      interpretation: 'improving',
    });
    const r = xmrChart(values, { baselineLength: 6, polarity: 'lower-better' });
    expect(r.interpretation).toBe('concerning');
    expect(r.signals).toContainEqual({ rule: 'outside-limits', direction: 'high', indices: [6] });
    expect(xmrChart([...BASE, 5], { baselineLength: 6, polarity: 'lower-better' }).interpretation).toBe('improving');
  });

  it('a run of 7 on one side of the mean (a point on the mean breaks it)', () => {
    const run = [...BASE, 11.5, 11.2, 11.9, 11.1, 11.6, 11.3, 11.4];
    const r = xmrChart(run, { baselineLength: 6, polarity: 'lower-better' });
    expect(r.signals.find((s) => s.rule === 'run')).toEqual({
      rule: 'run',
      direction: 'high',
      indices: [5, 6, 7, 8, 9, 10, 11, 12],
    });
    expect(r.interpretation).toBe('concerning');
    const broken = [...BASE, 11.5, 11.2, 11, 11.1, 11.6, 11.3, 11.4];
    expect(xmrChart(broken, { baselineLength: 6 }).signals.some((s) => s.rule === 'run')).toBe(false);
    const below = [...BASE.map((v) => v + 0), 10.5, 10.8, 10.1, 10.9, 10.4, 10.6, 10.2];
    expect(xmrChart(below, { baselineLength: 6, polarity: 'lower-better' }).interpretation).toBe('improving');
  });

  it('7 consecutive increases or decreases make a trend; 6 do not', () => {
    const up = [...BASE, 8.5, 9.5, 10.5, 11.5, 12.5, 13.5, 14.5];
    const r = xmrChart(up, { baselineLength: 6, polarity: 'higher-better' });
    expect(r.signals).toContainEqual({ rule: 'trend', direction: 'high', indices: [6, 7, 8, 9, 10, 11, 12] });
    expect(r.interpretation).toBe('improving');
    const six = [...BASE, 9.5, 10.5, 11.5, 12.5, 13.5, 14.5];
    expect(xmrChart(six, { baselineLength: 6 }).signals.some((s) => s.rule === 'trend')).toBe(false);
    const down = [...BASE, 13.5, 12.5, 11.5, 10.5, 9.5, 8.5, 7.5];
    const d = xmrChart(down, { baselineLength: 6, polarity: 'higher-better' });
    expect(d.signals).toContainEqual({ rule: 'trend', direction: 'low', indices: [6, 7, 8, 9, 10, 11, 12] });
    expect(d.interpretation).toBe('concerning');
  });

  it('2 of 3 beyond two-thirds of the way to a limit, same side', () => {
    const high = [...BASE, 15, 11, 15.5];
    const r = xmrChart(high, { baselineLength: 6, polarity: 'higher-better' });
    expect(r.signals).toContainEqual({ rule: 'two-of-three', direction: 'high', indices: [6, 8] });
    expect(r.interpretation).toBe('improving');
    const low = [...BASE, 7, 11, 6.5];
    const l = xmrChart(low, { baselineLength: 6, polarity: 'higher-better' });
    expect(l.signals).toContainEqual({ rule: 'two-of-three', direction: 'low', indices: [6, 8] });
    expect(l.interpretation).toBe('concerning');
    const split = [...BASE, 15, 11, 7];
    expect(xmrChart(split, { baselineLength: 6 }).signals.some((s) => s.rule === 'two-of-three')).toBe(false);
  });

  it('a signal away from the latest point does not change the interpretation; ◇ measures get "unusual change"', () => {
    const old = [...BASE, 17, 11, 11, 12, 10];
    expect(xmrChart(old, { baselineLength: 6, polarity: 'higher-better' }).interpretation).toBe(
      'no significant change',
    );
    expect(xmrChart([...BASE, 17], { baselineLength: 6, polarity: 'neither' }).interpretation).toBe('unusual change');
  });

  it('says whether the process will hit the target without change', () => {
    expect(xmrChart(BASE, { polarity: 'higher-better', target: 20 }).target).toEqual({
      value: 20,
      withinLimits: false,
      assurance: 'will-not-meet',
    });
    expect(xmrChart(BASE, { polarity: 'higher-better', target: 5 }).target?.assurance).toBe('consistently-meets');
    expect(xmrChart(BASE, { polarity: 'lower-better', target: 5 }).target?.assurance).toBe('will-not-meet');
    expect(xmrChart(BASE, { polarity: 'lower-better', target: 12 }).target).toEqual({
      value: 12,
      withinLimits: true,
      assurance: 'hit-and-miss',
    });
    expect(xmrChart(BASE, { polarity: 'neither', target: 30 }).target?.assurance).toBe('outside-limits');
  });

  it('keeps dates of dated values on the points', () => {
    const r = xmrChart([
      { date: '2026-01-31', value: 1 },
      { date: '2026-02-28', value: 2 },
    ]);
    expect(r.points.map((p) => p.date)).toEqual(['2026-01-31', '2026-02-28']);
  });
});
