import type { IsoDate } from '@waypoint/calendar';
import {
  assessAgainstTarget,
  type BenchmarkSet,
  compareWithBenchmarks,
  computeMonthlySeries,
  formatValue,
  latestBenchmarkYear,
  type MeasureDefinition,
  type MeasureOutcome,
  type PracticeStandardValues,
  type PreparedData,
  practiceStandardSettings,
  ragMeasure,
  type Target,
  xmrChart,
} from '@waypoint/measures';

/** Everything outside the records that a measure view needs. */
export interface ViewContext {
  targets: Map<string, Target & { note: string }>;
  manual: Map<
    string,
    Map<
      string,
      { value: number; numerator: number | null; denominator: number | null; note: string; by: string | null }
    >
  >;
  baselines: Map<string, { fromMonth: string; reason: string; by: string | null }>;
  benchmarks: BenchmarkSet | null;
  laCode: string;
  /** The authority's practice standards (supervision frequency, visit timescales …) the measures are judged by. */
  standards: PracticeStandardValues;
}

/** A month as `YYYY-MM`. */
export type Month = string;

/** The last complete month on a date: the month before, unless the date is its month's last day. */
export function lastCompleteMonth(asOf: IsoDate): Month {
  const [y, m, d] = asOf.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d === lastDay) return asOf.slice(0, 7);
  const prev = new Date(Date.UTC(y, m - 2, 1));
  return prev.toISOString().slice(0, 7);
}

/** The month `n` months before `month`. */
export function monthMinus(month: Month, n: number): Month {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 - n, 1)).toISOString().slice(0, 7);
}

/** One point of a measure's monthly series. */
export interface SeriesPoint {
  month: Month;
  date: IsoDate;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  source: 'computed' | 'manual' | 'none';
  mean?: number;
  upper?: number;
  lower?: number;
  signal?: boolean;
}

/** A measure as the scorecard and measure page show it. */
export interface MeasureView {
  id: string;
  title: string;
  definition: string;
  serviceArea: string;
  unit: string;
  polarity: string;
  calc: string;
  source: string;
  countNoun: string;
  status: 'computed' | 'manual' | 'no-data';
  noDataReason?: string;
  latest: {
    month: Month;
    date: IsoDate;
    value: number;
    valueText: string;
    numerator: number | null;
    denominator: number | null;
  } | null;
  target: {
    value: number;
    date: IsoDate;
    valueText: string;
    trajectoryPoint: { date: IsoDate; value: number } | null;
    note: string;
  } | null;
  rag: { rag: string; reason: string; distanceText: string; direction: string; trend: string };
  spc: {
    interpretation: string;
    mean: number;
    upper: number;
    lower: number;
    targetWithinLimits: boolean | null;
    signalMonths: Month[];
  } | null;
  england: { value: number; year: string; source: string } | null;
  neighbours: { mean: number | null; year: string } | null;
  series: SeriesPoint[];
  baseline: { fromMonth: string; reason: string; by: string | null } | null;
  /** The local practice standards the measure is computed with (most measures have none). */
  standards: Array<{ id: string; label: string; value: number; unit: string; isDefault: boolean }>;
}

/** A measure as the scorecard API lists it: the view with its series cut to what a sparkline needs. */
export type MeasureSummary = Omit<MeasureView, 'series'> & {
  series: Array<Pick<SeriesPoint, 'month' | 'value' | 'source'>>;
};

/** The view without the per-month numerators, dates and SPC lines (the measure page fetches those). */
export function summariseMeasure(view: MeasureView): MeasureSummary {
  return { ...view, series: view.series.map((p) => ({ month: p.month, value: p.value, source: p.source })) };
}

/**
 * Computes a measure's monthly series over `months` months to `toMonth`, fills gaps with manual values, draws
 * the XmR chart (from the chosen baseline month), rates it against its target, and adds England and neighbours.
 */
export function measureView(
  def: MeasureDefinition,
  prepared: PreparedData,
  ctx: ViewContext,
  toMonth: Month,
  months: number,
  asOf: IsoDate,
  /** Why the measure cannot be shown for these records (a subset of children it is not split by). */
  unavailable?: string,
): MeasureView {
  const fromMonth = monthMinus(toMonth, months - 1);
  let outcomes: MeasureOutcome[] = [];
  let noDataReason: string | undefined;
  if (unavailable) noDataReason = unavailable;
  else if (def.compute) {
    try {
      outcomes = computeMonthlySeries(def.id, prepared, fromMonth, toMonth, ctx.standards);
    } catch (error) {
      noDataReason = error instanceof Error ? error.message : String(error);
    }
  } else {
    noDataReason =
      def.calc === 'X'
        ? 'External data: Waypoint does not import it; the England value is shown for context.'
        : 'Entered by hand each month.';
  }
  const manual = unavailable ? undefined : ctx.manual.get(def.id);
  const series: SeriesPoint[] = [];
  for (let i = 0; i < months; i++) {
    const month = monthMinus(toMonth, months - 1 - i);
    const [y, m] = month.split('-').map(Number) as [number, number];
    const date = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    const o = outcomes[i];
    if (o && o.status === 'ok' && Number.isFinite(o.value)) {
      series.push({
        month,
        date,
        value: o.value,
        numerator: o.numerator,
        denominator: o.denominator,
        source: 'computed',
      });
      continue;
    }
    if (o && o.status === 'no-data' && !noDataReason) noDataReason = o.reason;
    const hand = manual?.get(date);
    if (hand)
      series.push({
        month,
        date,
        value: hand.value,
        numerator: hand.numerator,
        denominator: hand.denominator,
        source: 'manual',
      });
    else series.push({ month, date, value: null, numerator: null, denominator: null, source: 'none' });
  }
  const valued = series.filter((p) => p.value !== null);
  const status: MeasureView['status'] = valued.some((p) => p.source === 'computed')
    ? 'computed'
    : valued.length > 0
      ? 'manual'
      : 'no-data';
  const target = ctx.targets.get(def.id) ?? null;
  const measure = ragMeasure(def);
  const dated = valued.map((p) => ({ date: p.date, value: p.value! }));
  const rag = assessAgainstTarget(measure, dated, target, asOf);
  const baseline = ctx.baselines.get(def.id) ?? null;
  let spc: MeasureView['spc'] = null;
  if (dated.length >= 2) {
    const baselineIndex = baseline
      ? Math.max(
          0,
          valued.findIndex((p) => p.month >= baseline.fromMonth),
        )
      : 0;
    const trajectoryNow = target ? (rag.trajectoryPoint?.value ?? target.final.value) : undefined;
    const chart = xmrChart(dated, { polarity: def.polarity, baselineFrom: baselineIndex, target: trajectoryNow });
    const signalled = new Set(chart.signals.flatMap((s) => s.indices));
    chart.points.forEach((pt, i) => {
      const p = valued[i]!;
      p.mean = pt.mean;
      p.upper = pt.upper;
      p.lower = pt.lower;
      p.signal = signalled.has(i);
    });
    spc = {
      interpretation: chart.interpretation,
      mean: chart.mean,
      upper: chart.upper,
      lower: chart.lower,
      targetWithinLimits: chart.target ? chart.target.withinLimits : null,
      signalMonths: valued.filter((p) => p.signal).map((p) => p.month),
    };
  }
  const last = valued.at(-1);
  const noun = def.countNoun ?? 'children';
  let neighbours: MeasureView['neighbours'] = null;
  let england: MeasureView['england'] = def.england
    ? { value: def.england.value, year: def.england.year, source: def.england.source }
    : null;
  if (ctx.benchmarks) {
    const year = latestBenchmarkYear(ctx.benchmarks, def.id);
    const comparison = year ? compareWithBenchmarks(ctx.benchmarks, def.id, year, ctx.laCode) : null;
    if (comparison?.england?.value !== undefined && comparison.england.value !== null) {
      england = { value: comparison.england.value, year: comparison.year, source: 'DfE published statistics' };
    }
    if (comparison && comparison.neighbours.length > 0)
      neighbours = { mean: comparison.neighbourMean, year: comparison.year };
  }
  return {
    id: def.id,
    title: def.title,
    definition: def.definition,
    serviceArea: def.serviceArea,
    unit: def.unit,
    polarity: def.polarity,
    calc: def.calc,
    source: def.source,
    countNoun: noun,
    status,
    noDataReason: status === 'no-data' ? (noDataReason ?? 'No data held for this measure yet.') : undefined,
    latest: last
      ? {
          month: last.month,
          date: last.date,
          value: last.value!,
          valueText: formatValue(last.value!, def.unit, noun),
          numerator: last.numerator,
          denominator: last.denominator,
        }
      : null,
    target: target
      ? {
          value: target.final.value,
          date: target.final.date,
          valueText: formatValue(target.final.value, def.unit, noun),
          trajectoryPoint: rag.trajectoryPoint,
          note: target.note,
        }
      : null,
    rag: {
      rag: rag.rag,
      reason: rag.reason,
      distanceText: rag.distanceText,
      direction: rag.direction,
      trend: rag.trend,
    },
    spc,
    england,
    neighbours,
    series,
    baseline,
    standards: practiceStandardSettings(ctx.standards, def.id).map(({ id, label, value, unit, isDefault }) => ({
      id,
      label,
      value,
      unit,
      isDefault,
    })),
  };
}
