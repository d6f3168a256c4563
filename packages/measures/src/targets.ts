/**
 * Targets and the measure RAG (inspection-and-plans.md §4): green when the latest value meets the
 * current trajectory point; amber when within the tolerance band (default 10% relative) or off
 * trajectory but improving; red otherwise; grey when data are missing or stale; none for ◇ measures.
 * Every rating comes with the value, target, distance and a sentence — never colour alone.
 */
import { formatLongDate, type IsoDate, toEpochDay } from '@waypoint/calendar';
import type { DatedValue, Frequency, MeasureDefinition, MeasureOutcome, MeasureUnit, Polarity } from './types.ts';

/** A target: optional baseline, interim trajectory points and the final target. */
export interface Target {
  baseline?: DatedValue;
  trajectory: DatedValue[];
  final: DatedValue;
  /** Relative tolerance band for amber (default 0.1 = 10%). */
  tolerance?: number;
}

/** What the RAG needs to know about a measure (a catalogue entry, or a variant view of one). */
export interface RagMeasure {
  id?: string;
  unit: MeasureUnit;
  polarity: Polarity;
  frequency: Frequency;
  countNoun?: string;
}

/** Measure RAG colour. */
export type Rag = 'green' | 'amber' | 'red' | 'grey' | 'none';

/** Direction of travel, polarity-aware. */
export type Direction = 'improving' | 'worsening' | 'stable';

/** The RAG with everything the display rule shows beside it. */
export interface RagAssessment {
  rag: Rag;
  /** Latest value on or before `asOf`, and the date it is for. */
  value: number | null;
  valueDate: IsoDate | null;
  /** The trajectory (or final) point the value is judged against. */
  trajectoryPoint: DatedValue | null;
  /** value − target (signed) and that as a share of |target| (null when the target is 0). */
  distance: { absolute: number; relative: number | null } | null;
  /** E.g. "3.2 points below target". */
  distanceText: string;
  direction: Direction;
  /** Raw movement since the previous value, for an arrow: up, down or flat. */
  trend: 'up' | 'down' | 'flat';
  /** Plain-English reason, usable as the text alternative to the colour. */
  reason: string;
}

/** Options for {@link assessAgainstTarget}. */
export interface RagOptions {
  /** Days after which the latest value is stale (default by frequency: monthly 62, quarterly 123, annual 485). */
  staleAfterDays?: number;
  /** Changes no bigger than this (absolute) count as stable (default 0). */
  stableBand?: number;
}

/** Default staleness by refresh frequency, in days. */
export const STALE_AFTER_DAYS: Record<Frequency, number> = { monthly: 62, quarterly: 123, annual: 485 };

/** A RAG view of a catalogue entry or one of its variants. */
export function ragMeasure(def: MeasureDefinition, variant?: string): RagMeasure {
  const v = variant === undefined ? undefined : def.variants?.find((x) => x.id === variant);
  return {
    id: def.id,
    unit: v?.unit ?? def.unit,
    polarity: v?.polarity ?? def.polarity,
    frequency: def.frequency,
    countNoun: v?.countNoun ?? def.countNoun,
  };
}

/** Normalises a series of results or dated values to dated values, oldest first (no-data points dropped). */
export function toDatedValues(series: readonly (MeasureOutcome | DatedValue)[]): DatedValue[] {
  const out: DatedValue[] = [];
  for (const p of series) {
    if ('status' in p) {
      if (p.status === 'ok') out.push({ date: p.period.end, value: p.value });
    } else out.push(p);
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The target point a value dated `date` is judged against: the first trajectory/final point on or after it. */
export function trajectoryPointFor(target: Target, date: IsoDate): DatedValue {
  const points = [...target.trajectory, target.final].sort((a, b) => (a.date < b.date ? -1 : 1));
  return points.find((p) => p.date >= date) ?? target.final;
}

const NUMBER_1DP = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const NUMBER_0DP = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

function singular(noun: string): string {
  if (noun === 'children') return 'child';
  if (noun === 'families') return 'family';
  return noun.endsWith('s') ? noun.slice(0, -1) : noun;
}

/** Formats an amount in a unit for sentences ("3.2 points", "12.0 per 10,000", "2 children"). */
export function formatAmount(amount: number, unit: MeasureUnit, countNoun = 'children'): string {
  const a = Math.abs(amount);
  const whole = Number.isInteger(Math.round(a * 1e9) / 1e9);
  switch (unit) {
    case 'percent':
      return `${NUMBER_1DP.format(a)} ${a === 1 ? 'point' : 'points'}`;
    case 'rate-per-10000':
      return `${NUMBER_1DP.format(a)} per 10,000`;
    case 'count': {
      const n = whole ? NUMBER_0DP.format(a) : NUMBER_1DP.format(a);
      return `${n} ${a === 1 ? singular(countNoun) : countNoun}`;
    }
    case 'days':
      return `${whole ? NUMBER_0DP.format(a) : NUMBER_1DP.format(a)} ${a === 1 ? 'day' : 'days'}`;
    case 'weeks':
      return `${NUMBER_1DP.format(a)} weeks`;
    case 'months':
      return `${NUMBER_1DP.format(a)} months`;
    case 'score':
    case 'ratio':
      return NUMBER_1DP.format(a);
  }
}

/** Formats a value in its unit ("78.0%", "56.0 per 10,000", "2 children", "15.6"). */
export function formatValue(value: number, unit: MeasureUnit, countNoun = 'children'): string {
  const sign = value < 0 ? '−' : '';
  if (unit === 'percent') return `${sign}${NUMBER_1DP.format(Math.abs(value))}%`;
  return sign + formatAmount(value, unit, countNoun);
}

/** Assesses the latest value of a series against a target (see the module comment for the rule). */
export function assessAgainstTarget(
  measure: RagMeasure,
  series: readonly (MeasureOutcome | DatedValue)[],
  target: Target | null,
  asOf: IsoDate,
  options: RagOptions = {},
): RagAssessment {
  const points = toDatedValues(series).filter((p) => p.date <= asOf);
  const latest = points.at(-1);
  const previous = points.at(-2);
  const noun = measure.countNoun ?? 'children';
  const stableBand = options.stableBand ?? 0;
  const change = latest && previous ? latest.value - previous.value : 0;
  const trend: RagAssessment['trend'] = Math.abs(change) <= stableBand + 1e-12 ? 'flat' : change > 0 ? 'up' : 'down';
  const better = measure.polarity === 'higher-better' ? trend === 'up' : trend === 'down';
  const direction: Direction =
    trend === 'flat' || measure.polarity === 'neither' ? 'stable' : better ? 'improving' : 'worsening';
  const base = {
    value: latest?.value ?? null,
    valueDate: latest?.date ?? null,
    direction,
    trend,
  };
  if (!latest) {
    return {
      ...base,
      rag: 'grey',
      trajectoryPoint: null,
      distance: null,
      distanceText: 'no data',
      reason: 'Grey: no value on or before ' + formatLongDate(asOf) + '.',
    };
  }
  const trajectoryPoint = target ? trajectoryPointFor(target, latest.date) : null;
  const absolute = trajectoryPoint ? latest.value - trajectoryPoint.value : 0;
  const distance = trajectoryPoint
    ? { absolute, relative: trajectoryPoint.value !== 0 ? absolute / Math.abs(trajectoryPoint.value) : null }
    : null;
  const distanceText = !trajectoryPoint
    ? 'no target set'
    : Math.abs(absolute) < 1e-9
      ? 'at target'
      : `${formatAmount(absolute, measure.unit, noun)} ${absolute > 0 ? 'above' : 'below'} target`;
  const valueText = formatValue(latest.value, measure.unit, noun);
  const withBase = { ...base, trajectoryPoint, distance, distanceText };
  const staleAfter = options.staleAfterDays ?? STALE_AFTER_DAYS[measure.frequency];
  const age = toEpochDay(asOf) - toEpochDay(latest.date);
  if (age > staleAfter) {
    return {
      ...withBase,
      rag: 'grey',
      reason: `Grey: the latest value (${valueText}) is for ${formatLongDate(latest.date)}, older than the expected refresh (${staleAfter} days).`,
    };
  }
  if (measure.polarity === 'neither') {
    return {
      ...withBase,
      rag: 'none',
      reason: `No RAG: a context measure (no better direction); ${valueText} at ${formatLongDate(latest.date)}.`,
    };
  }
  if (!trajectoryPoint || !distance) {
    return {
      ...withBase,
      rag: 'none',
      reason: `No RAG: no target is set; ${valueText} at ${formatLongDate(latest.date)}.`,
    };
  }
  const targetText = `${formatValue(trajectoryPoint.value, measure.unit, noun)} for ${formatLongDate(trajectoryPoint.date)}`;
  const meets =
    measure.polarity === 'higher-better'
      ? latest.value >= trajectoryPoint.value
      : latest.value <= trajectoryPoint.value;
  if (meets) {
    return {
      ...withBase,
      rag: 'green',
      reason: `Green: ${valueText} meets the trajectory point of ${targetText} (${distanceText}).`,
    };
  }
  const tolerance = target?.tolerance ?? 0.1;
  const within = distance.relative !== null && Math.abs(distance.relative) <= tolerance + 1e-12;
  const pct = NUMBER_0DP.format(tolerance * 100);
  if (within) {
    return {
      ...withBase,
      rag: 'amber',
      reason: `Amber: ${valueText} is ${distanceText} (${targetText}), within the ${pct}% tolerance.`,
    };
  }
  if (direction === 'improving') {
    return {
      ...withBase,
      rag: 'amber',
      reason: `Amber: ${valueText} is ${distanceText} (${targetText}), outside the ${pct}% tolerance but improving.`,
    };
  }
  return {
    ...withBase,
    rag: 'red',
    reason: `Red: ${valueText} is ${distanceText} (${targetText}), outside the ${pct}% tolerance and ${direction === 'stable' ? 'not improving' : 'worsening'}.`,
  };
}
