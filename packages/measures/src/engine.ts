/**
 * Running measures: one value for a period, a monthly series, or the annual (31 March / 30 September)
 * figure. Takes raw records or a {@link PreparedData} (reuse one for many calls).
 */
import { addDays, CalendarRangeError, type IsoDate, toEpochDay } from '@waypoint/calendar';
import { getMeasure } from './catalogue/index.ts';
import { PreparedData, prepare } from './compute/prepare.ts';
import {
  type MeasurePeriod,
  monthEnd,
  monthsBetween,
  type PeriodInput,
  resolvePeriod,
  rolling12MonthsStart,
} from './period.ts';
import type { MeasureData } from './records.ts';
import type { ComputeOptions, MeasureDefinition, MeasureOutcome, MeasureResult, NoDataResult } from './types.ts';

/** Thrown when a variant is not defined for the measure. */
export class UnknownVariantError extends Error {
  constructor(measureId: string, variant: string, known: string[]) {
    super(
      `Measure "${measureId}" has no variant "${variant}". ` +
        (known.length ? `Use one of: ${known.join(', ')}.` : 'It has no variants.'),
    );
    this.name = 'UnknownVariantError';
  }
}

function noData(def: MeasureDefinition, period: MeasurePeriod, reason: string, variant?: string): NoDataResult {
  return { status: 'no-data', id: def.id, variant, period, reason };
}

function missingInputs(def: MeasureDefinition, data: MeasureData): string | null {
  const missing = def.requires.filter((k) => data[k] === undefined);
  if (missing.length) return `Needs ${missing.join(', ')} records, which were not supplied.`;
  if (def.requiresAnyOf?.every((k) => data[k] === undefined)) {
    return `Needs one of ${def.requiresAnyOf.join(' or ')} records; none were supplied.`;
  }
  return null;
}

/**
 * Computes one measure for a period. `period` is an end date ("as at") or `{start?, end}`; the start
 * defaults from the measure's period kind (12 months, 90 days, the reporting year, or the date itself).
 */
export function computeMeasure(
  id: string,
  data: MeasureData | PreparedData,
  period: PeriodInput | IsoDate,
  options: ComputeOptions = {},
): MeasureOutcome {
  const def = getMeasure(id);
  return run(def, data instanceof PreparedData ? data : prepare(data), resolvePeriod(def.periodKind, period), options);
}

function run(
  def: MeasureDefinition,
  data: PreparedData,
  period: MeasurePeriod,
  options: ComputeOptions,
): MeasureOutcome {
  const variant = options.variant;
  if (variant !== undefined && !def.variants?.some((v) => v.id === variant)) {
    throw new UnknownVariantError(
      def.id,
      variant,
      (def.variants ?? []).map((v) => v.id),
    );
  }
  if (!def.compute) {
    const reason =
      def.calc === 'X'
        ? 'Needs external data Waypoint does not import; show the published value as context.'
        : 'No computation is defined for this measure.';
    return noData(def, period, reason, variant);
  }
  const missing = missingInputs(def, data.raw);
  if (missing) return noData(def, period, missing, variant);
  let out: ReturnType<NonNullable<MeasureDefinition['compute']>>;
  try {
    out = def.compute({
      data,
      period,
      startDay: toEpochDay(period.start),
      endDay: toEpochDay(period.end),
      options,
    });
  } catch (error) {
    // Dates outside the bank-holiday table cannot be counted in working days: report, do not guess.
    if (error instanceof CalendarRangeError) return noData(def, period, error.message, variant);
    throw error;
  }
  if ('noData' in out) return noData(def, period, out.noData, variant);
  const figure = variant === undefined ? out.main : out.variants?.[variant];
  if (!figure) return noData(def, period, `Variant "${variant}" was not computed.`, variant);
  if (figure.value === null) {
    return noData(
      def,
      period,
      `Nothing to measure in the period: the denominator (${figure.denominator === null ? 'none' : (def.denominator ?? 'cohort')}) is 0.`,
      variant,
    );
  }
  const breakdown: MeasureResult['breakdown'] = {};
  const strip = (f: {
    numerator: number;
    denominator: number | null;
    value: number | null;
    unit: MeasureResult['unit'];
  }) => ({
    numerator: f.numerator,
    denominator: f.denominator,
    value: f.value,
    unit: f.unit,
  });
  if (variant !== undefined) breakdown.main = strip(out.main);
  for (const [key, f] of Object.entries(out.variants ?? {})) if (key !== variant) breakdown[key] = strip(f);
  for (const [key, f] of Object.entries(out.breakdown ?? {})) breakdown[key] = strip(f);
  const result: MeasureResult = {
    status: 'ok',
    id: def.id,
    period,
    numerator: figure.numerator,
    denominator: figure.denominator,
    value: figure.value,
    unit: figure.unit,
    contributors: figure.contributors ?? [],
  };
  if (variant !== undefined) result.variant = variant;
  if (Object.keys(breakdown).length) result.breakdown = breakdown;
  if (out.notes?.length) result.notes = out.notes;
  return result;
}

/** Window for monthly series of "during the period" measures. */
export type SeriesWindow = 'month' | 'quarter' | 'rolling-12-months';

/** Options for {@link computeMonthlySeries}. */
export interface SeriesOptions extends ComputeOptions {
  /** For "during the period" measures: each month alone (default), the 3 months to it, or 12 months. */
  window?: SeriesWindow;
}

/** The period a monthly series point covers for a measure. */
export function monthlyPeriod(
  def: MeasureDefinition,
  month: string,
  window: SeriesWindow = 'month',
): MeasurePeriod | null {
  const end = monthEnd(month);
  switch (def.periodKind) {
    case 'at-date':
      return { start: end, end, kind: 'at-date' };
    case 'rolling-12-months':
      return { start: rolling12MonthsStart(end), end, kind: 'rolling-12-months' };
    case 'rolling-90-days':
      return { start: addDays(end, -89), end, kind: 'rolling-90-days' };
    case 'reporting-year':
      return month.endsWith('-03') ? resolvePeriod('reporting-year', end) : null;
    case 'during-period': {
      if (window === 'rolling-12-months') return { start: rolling12MonthsStart(end), end, kind: 'during-period' };
      const months = window === 'quarter' ? 3 : 1;
      const [y, m] = month.split('-').map(Number) as [number, number];
      const first = y * 12 + m - 1 - (months - 1);
      const start = `${Math.floor(first / 12)}-${String((first % 12) + 1).padStart(2, '0')}-01`;
      return { start, end, kind: 'during-period' };
    }
  }
}

/**
 * A measure month by month from `fromMonth` to `toMonth` (`YYYY-MM`): as at each month end, or over the
 * window the definition says (rolling 12 months, 90 days, the month itself). Annual (reporting-year)
 * measures have a value only at March; other months are no-data.
 */
export function computeMonthlySeries(
  id: string,
  data: MeasureData | PreparedData,
  fromMonth: string,
  toMonth: string,
  options: SeriesOptions = {},
): MeasureOutcome[] {
  const def = getMeasure(id);
  const prepared = data instanceof PreparedData ? data : prepare(data);
  return monthsBetween(fromMonth, toMonth).map((month) => {
    const period = monthlyPeriod(def, month, options.window);
    if (!period) {
      const end = monthEnd(month);
      return noData(
        def,
        { start: end, end, kind: def.periodKind },
        'Annual measure: a value exists only for the year ending 31 March.',
        options.variant,
      );
    }
    return run(def, prepared, period, options);
  });
}

/**
 * The annual figure DfE publishes: at 31 March of `year` (or 30 September for CSWW measures), or over
 * the 12 months (reporting year) ending then.
 */
export function computeAnnual(
  id: string,
  data: MeasureData | PreparedData,
  year: number,
  options: ComputeOptions = {},
): MeasureOutcome {
  const def = getMeasure(id);
  const end = def.annualReference === 'september' ? `${year}-09-30` : `${year}-03-31`;
  const start =
    def.periodKind === 'at-date'
      ? end
      : def.periodKind === 'rolling-90-days'
        ? addDays(end, -89)
        : rolling12MonthsStart(end);
  return run(def, data instanceof PreparedData ? data : prepare(data), { start, end, kind: def.periodKind }, options);
}
