import { describe, expect, it } from 'vitest';
import {
  countedText,
  directionText,
  formatMeasureValue,
  latestText,
  monthLabel,
  monthsBefore,
  numberField,
  ragDisplay,
  serviceAreaLabel,
  sourceLabel,
  spcText,
  specialCauseReason,
  targetLimitsText,
  trajectoryText,
} from './measure-format.ts';
import type { MeasureView } from './types.ts';

/** A measure view with everything empty; tests set what they look at. */
function view(overrides: Partial<MeasureView> = {}): MeasureView {
  return {
    id: 'supervision-on-time',
    title: 'Supervision within the local standard',
    definition: '',
    serviceArea: 'workforce',
    unit: 'percent',
    polarity: 'higher-better',
    calc: 'L',
    source: 'local:supervision',
    countNoun: 'children',
    status: 'manual',
    latest: null,
    target: null,
    rag: { rag: 'grey', reason: '', distanceText: 'no data', direction: 'stable', trend: 'flat' },
    spc: null,
    england: null,
    neighbours: null,
    series: [],
    baseline: null,
    standards: [],
    ...overrides,
  };
}

const latest = (value: number | null, numerator: number | null, denominator: number | null) => ({
  month: '2026-06',
  date: '2026-06-30',
  value,
  valueText: value === null ? 'fewer than 5' : `${value.toFixed(1)}%`,
  numerator,
  denominator,
});

describe('periods', () => {
  it('names months and counts back across a year end', () => {
    expect(monthLabel('2026-06')).toBe('June 2026');
    expect(monthLabel('not a month')).toBe('not a month');
    expect(monthsBefore('2026-02', 4)).toEqual(['2026-02', '2026-01', '2025-12', '2025-11']);
  });
});

describe('values', () => {
  it('formats each unit as the server does', () => {
    expect(formatMeasureValue(78, 'percent')).toBe('78.0%');
    expect(formatMeasureValue(56.04, 'rate-per-10000')).toBe('56.0 per 10,000');
    expect(formatMeasureValue(1, 'count')).toBe('1 child');
    expect(formatMeasureValue(1204, 'count', 'households')).toBe('1,204 households');
    expect(formatMeasureValue(-3.25, 'months')).toBe('−3.3 months');
  });

  it('says the latest value with its month, and the counts behind it', () => {
    const v = view({ latest: latest(78.8, 41, 52) });
    expect(latestText(v)).toBe('78.8% in June 2026');
    expect(countedText(v, false)).toBe('41 of 52');
    expect(latestText(view())).toBe('No data');
    expect(countedText(view({ latest: latest(3, 3, null), unit: 'count' }), false)).toBe('3 children');
  });

  it('says "fewer than 5" only where the API hid a computed count from a read-only user', () => {
    const hidden = view({
      latest: latest(null, null, null),
      series: [
        { month: '2026-06', date: '2026-06-30', value: null, numerator: null, denominator: null, source: 'computed' },
      ],
    });
    expect(countedText(hidden, true)).toBe('fewer than 5');
    expect(countedText(hidden, false)).toBeNull();
    const manual = view({
      latest: latest(72.5, null, null),
      series: [
        { month: '2026-06', date: '2026-06-30', value: 72.5, numerator: null, denominator: null, source: 'manual' },
      ],
    });
    expect(countedText(manual, true)).toBeNull();
  });
});

describe('ratings', () => {
  it('puts the words and the distance to target beside the colour', () => {
    const amber = view({
      latest: latest(72.5, 29, 40),
      rag: {
        rag: 'amber',
        reason: 'Amber: …',
        distanceText: '7.5 points below target',
        direction: 'stable',
        trend: 'flat',
      },
    });
    expect(ragDisplay(amber)).toEqual({ status: 'amber', label: 'At risk', explanation: '7.5 points below target' });
    expect(ragDisplay({ ...amber, rag: { ...amber.rag, rag: 'red' } }).label).toBe('Off track');
    expect(ragDisplay({ ...amber, rag: { ...amber.rag, rag: 'green', distanceText: 'at target' } })).toEqual({
      status: 'green',
      label: 'On track',
      explanation: 'at target',
    });
  });

  it('never rates a context measure red or green, and says when there is no target or no data', () => {
    const context = view({
      polarity: 'neither',
      latest: latest(67, 300, 44600),
      rag: { rag: 'none', reason: '', distanceText: 'no target set', direction: 'stable', trend: 'up' },
    });
    expect(ragDisplay(context)).toEqual({ status: 'not-rated', label: 'Context only' });
    expect(ragDisplay({ ...context, polarity: 'lower-better' })).toEqual({ status: 'not-rated', label: 'No target' });
    expect(ragDisplay(view())).toEqual({ status: 'no-data', label: 'No data' });
    expect(ragDisplay(view({ latest: latest(50, 1, 2) })).label).toBe('Out of date');
  });

  it('words the direction of travel with the polarity', () => {
    const v = view({
      latest: latest(80, 40, 50),
      rag: { rag: 'green', reason: '', distanceText: 'at target', direction: 'improving', trend: 'up' },
    });
    expect(directionText(v)).toBe('Improving: up since the previous month (higher is better)');
    expect(directionText({ ...v, polarity: 'neither' })).toBe('Up since the previous month (no better direction)');
  });
});

describe('SPC and targets', () => {
  const spc = {
    interpretation: 'concerning' as const,
    mean: 70,
    upper: 82,
    lower: 58,
    targetWithinLimits: false,
    signalMonths: ['2026-06'],
  };
  const target = {
    value: 90,
    date: '2027-03-31',
    valueText: '90.0%',
    trajectoryPoint: { date: '2026-06-30', value: 85 },
    note: '',
  };

  it('reads the SPC chart in words', () => {
    expect(spcText(spc)).toBe('Concerning: a special-cause change in the worse direction');
    expect(spcText(null)).toMatch(/^Not enough data/);
  });

  it('says whether the process can meet the trajectory point', () => {
    const v = view({ spc, target });
    expect(trajectoryText(v)).toBe('85.0% for 30 June 2026');
    expect(targetLimitsText(v)).toBe(
      'The target (85.0%) is above the upper process limit (58.0% to 82.0%): the process as it is will not meet it without a change.',
    );
    expect(targetLimitsText({ ...v, polarity: 'lower-better' })).toMatch(/meets it every month\.$/);
    expect(targetLimitsText({ ...v, spc: { ...spc, targetWithinLimits: true } })).toMatch(
      /within the process limits .* some months/,
    );
    expect(targetLimitsText(view())).toBe('No target is set.');
  });

  it('explains a special-cause point from its limits', () => {
    const point = {
      month: '2026-06',
      date: '2026-06-30',
      numerator: null,
      denominator: null,
      source: 'computed' as const,
    };
    expect(specialCauseReason({ ...point, value: 90, upper: 82, lower: 58 })).toBe('above the upper process limit');
    expect(specialCauseReason({ ...point, value: 50, upper: 82, lower: 58 })).toBe('below the lower process limit');
    expect(specialCauseReason({ ...point, value: 75, upper: 82, lower: 58 })).toBe('part of a run or trend');
  });
});

describe('labels and form numbers', () => {
  it('names service areas and sources in words', () => {
    expect(serviceAreaLabel('homeless-16-17')).toBe('Homeless 16- and 17-year-olds');
    expect(serviceAreaLabel('new-area')).toBe('New area');
    expect(sourceLabel('CIN')).toBe('Children in need census');
    expect(sourceLabel('local:supervision')).toBe('Local records: supervision records');
  });

  it('reads typed numbers, leaving anything else for the API to reject with its message', () => {
    expect(numberField('')).toBeNull();
    expect(numberField(' 1,204 ')).toBe(1204);
    expect(numberField('72.5%')).toBe(72.5);
    expect(numberField('about 70')).toBe('about 70');
  });
});
