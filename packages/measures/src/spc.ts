/**
 * Statistical process control: XmR (individuals and moving range) charts with the four standard
 * signals, a polarity-aware interpretation and a check of whether a target lies within the limits.
 */
import type { DatedValue, Polarity } from './types.ts';

/** Which rule a signal broke. */
export type SpcRule = 'outside-limits' | 'run' | 'trend' | 'two-of-three';

/** A special-cause signal: the rule, its direction and the point indexes it covers. */
export interface SpcSignal {
  rule: SpcRule;
  direction: 'high' | 'low';
  indices: number[];
}

/** One point on the chart with the limits that apply to it. */
export interface SpcPoint {
  index: number;
  date?: string;
  value: number;
  mean: number;
  upper: number;
  lower: number;
  /** Rules this point is part of. */
  rules: SpcRule[];
}

/** What the chart says about the latest point, given the measure's polarity. */
export type SpcInterpretation = 'improving' | 'concerning' | 'no significant change' | 'unusual change';

/** Whether the process, unchanged, will hit a target. */
export type TargetAssurance = 'hit-and-miss' | 'will-not-meet' | 'consistently-meets' | 'outside-limits';

/** Options for {@link xmrChart}. */
export interface SpcOptions {
  polarity?: Polarity;
  /** Recalculate the baseline from this index (earlier points keep limits from their own values). */
  baselineFrom?: number;
  /** Number of points (from the baseline start) the limits are computed on; later points use the extended limits. */
  baselineLength?: number;
  /** A target to test against the current limits. */
  target?: number;
  /** Points on one side of the mean that make a run (default 7). */
  runLength?: number;
  /** Consecutive rising (or falling) points that make a trend (default 7). */
  trendLength?: number;
}

/** The XmR chart. */
export interface SpcResult {
  /** Limits of the latest segment. */
  mean: number;
  movingRangeMean: number;
  upper: number;
  lower: number;
  points: SpcPoint[];
  signals: SpcSignal[];
  /** Special cause at the latest point, by direction (common cause when none). */
  variation: 'special-cause-high' | 'special-cause-low' | 'common-cause';
  interpretation: SpcInterpretation;
  target?: { value: number; withinLimits: boolean; assurance: TargetAssurance };
}

/** Thrown when a chart cannot be drawn from the values given. */
export class SpcError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SpcError';
  }
}

const SCALE = 2.66;

interface Segment {
  from: number;
  to: number;
  mean: number;
  mrMean: number;
}

function limitsOf(values: number[]): { mean: number; mrMean: number } {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  let mr = 0;
  for (let i = 1; i < values.length; i++) mr += Math.abs(values[i]! - values[i - 1]!);
  return { mean, mrMean: values.length > 1 ? mr / (values.length - 1) : 0 };
}

/** Draws an XmR chart from numbers or dated values (oldest first). */
export function xmrChart(series: readonly (number | DatedValue)[], options: SpcOptions = {}): SpcResult {
  const values = series.map((p) => (typeof p === 'number' ? p : p.value));
  const dates = series.map((p) => (typeof p === 'number' ? undefined : p.date));
  const n = values.length;
  if (n === 0) throw new SpcError('An XmR chart needs at least one value.');
  if (values.some((v) => !Number.isFinite(v)))
    throw new SpcError('Every value on an XmR chart must be a finite number.');
  const from = options.baselineFrom ?? 0;
  if (!Number.isInteger(from) || from < 0 || from >= n) {
    throw new SpcError(`baselineFrom must be an index from 0 to ${n - 1} (got ${from}).`);
  }
  const segments: Segment[] = [];
  const make = (start: number, end: number, length?: number): Segment => {
    const base = values.slice(start, length === undefined ? end : Math.min(end, start + Math.max(1, length)));
    return { from: start, to: end, ...limitsOf(base) };
  };
  if (from > 0) segments.push(make(0, from));
  segments.push(make(from, n, options.baselineLength));

  const points: SpcPoint[] = [];
  const signals: SpcSignal[] = [];
  for (const seg of segments) {
    const upper = seg.mean + SCALE * seg.mrMean;
    const lower = seg.mean - SCALE * seg.mrMean;
    for (let i = seg.from; i < seg.to; i++) {
      points.push({ index: i, date: dates[i], value: values[i]!, mean: seg.mean, upper, lower, rules: [] });
    }
    signals.push(...segmentSignals(values, seg, upper, lower, options.runLength ?? 7, options.trendLength ?? 7));
  }
  for (const s of signals)
    for (const i of s.indices) if (!points[i]!.rules.includes(s.rule)) points[i]!.rules.push(s.rule);

  const last = segments.at(-1)!;
  const upper = last.mean + SCALE * last.mrMean;
  const lower = last.mean - SCALE * last.mrMean;
  const atLatest = signals.filter((s) => s.indices.includes(n - 1));
  const high = atLatest.some((s) => s.direction === 'high');
  const low = atLatest.some((s) => s.direction === 'low');
  const variation =
    high && !low
      ? 'special-cause-high'
      : low && !high
        ? 'special-cause-low'
        : high && low
          ? latestDirection(values, last)
          : 'common-cause';
  const polarity = options.polarity ?? 'neither';
  let interpretation: SpcInterpretation = 'no significant change';
  if (variation !== 'common-cause') {
    if (polarity === 'neither') interpretation = 'unusual change';
    else
      interpretation =
        (variation === 'special-cause-high') === (polarity === 'higher-better') ? 'improving' : 'concerning';
  }
  const result: SpcResult = {
    mean: last.mean,
    movingRangeMean: last.mrMean,
    upper,
    lower,
    points,
    signals,
    variation,
    interpretation,
  };
  if (options.target !== undefined) result.target = targetAssurance(options.target, lower, upper, polarity);
  return result;
}

function latestDirection(values: number[], seg: Segment): 'special-cause-high' | 'special-cause-low' {
  return values[values.length - 1]! >= seg.mean ? 'special-cause-high' : 'special-cause-low';
}

function targetAssurance(target: number, lower: number, upper: number, polarity: Polarity) {
  const withinLimits = target >= lower && target <= upper;
  let assurance: TargetAssurance = 'hit-and-miss';
  if (!withinLimits) {
    if (polarity === 'neither') assurance = 'outside-limits';
    else {
      const targetAbove = target > upper;
      assurance = targetAbove === (polarity === 'higher-better') ? 'will-not-meet' : 'consistently-meets';
    }
  }
  return { value: target, withinLimits, assurance };
}

function segmentSignals(
  values: number[],
  seg: Segment,
  upper: number,
  lower: number,
  runLength: number,
  trendLength: number,
): SpcSignal[] {
  const out: SpcSignal[] = [];
  const range = (a: number, b: number) => Array.from({ length: b - a }, (_, k) => a + k);
  // 1. A point outside the limits.
  for (let i = seg.from; i < seg.to; i++) {
    if (values[i]! > upper) out.push({ rule: 'outside-limits', direction: 'high', indices: [i] });
    else if (values[i]! < lower) out.push({ rule: 'outside-limits', direction: 'low', indices: [i] });
  }
  // 2. A run of `runLength` or more on one side of the mean (a point on the mean breaks the run).
  let runStart = seg.from;
  let side = 0;
  for (let i = seg.from; i <= seg.to; i++) {
    const s = i < seg.to ? Math.sign(values[i]! - seg.mean) : 0;
    if (i < seg.to && s !== 0 && s === side) continue;
    if (side !== 0 && i - runStart >= runLength) {
      out.push({ rule: 'run', direction: side > 0 ? 'high' : 'low', indices: range(runStart, i) });
    }
    side = s;
    runStart = i;
  }
  // 3. `trendLength` or more consecutive points each higher (or lower) than the one before.
  let trendStart = seg.from;
  let dir = 0;
  for (let i = seg.from + 1; i <= seg.to; i++) {
    const d = i < seg.to ? Math.sign(values[i]! - values[i - 1]!) : 0;
    if (i < seg.to && d !== 0 && d === dir) continue;
    if (dir !== 0 && i - trendStart >= trendLength) {
      out.push({ rule: 'trend', direction: dir > 0 ? 'high' : 'low', indices: range(trendStart, i) });
    }
    dir = d;
    trendStart = i - 1;
  }
  // 4. Two of three consecutive points beyond two-thirds of the way to a limit, on the same side.
  const upperBand = seg.mean + (2 / 3) * (upper - seg.mean);
  const lowerBand = seg.mean - (2 / 3) * (seg.mean - lower);
  const flagged = { high: new Set<number>(), low: new Set<number>() };
  for (let i = seg.from; i + 2 < seg.to; i++) {
    const window = [i, i + 1, i + 2];
    const hi = window.filter((k) => values[k]! > upperBand);
    const lo = window.filter((k) => values[k]! < lowerBand);
    if (hi.length >= 2) for (const k of hi) flagged.high.add(k);
    if (lo.length >= 2) for (const k of lo) flagged.low.add(k);
  }
  if (seg.to - seg.from < 3 || upper === lower) return out;
  for (const direction of ['high', 'low'] as const) {
    const idx = [...flagged[direction]].sort((a, b) => a - b);
    if (idx.length) out.push({ rule: 'two-of-three', direction, indices: idx });
  }
  return out;
}
