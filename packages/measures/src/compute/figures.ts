/**
 * Small constructors for figures (numerator, denominator, value) so every compute function states its
 * arithmetic the same way.
 */
import type { Figure, MeasureUnit } from '../types.ts';

/** numerator / denominator × 100. */
export function percent(numerator: number, denominator: number, contributors?: string[]): Figure {
  return {
    numerator,
    denominator,
    value: denominator > 0 ? (numerator / denominator) * 100 : null,
    unit: 'percent',
    contributors,
  };
}

/** numerator / population × 10,000. */
export function ratePer10000(numerator: number, population: number, contributors?: string[]): Figure {
  return {
    numerator,
    denominator: population,
    value: population > 0 ? (numerator / population) * 10_000 : null,
    unit: 'rate-per-10000',
    contributors,
  };
}

/** A count (the denominator, when given, is context such as the cohort it was drawn from). */
export function count(numerator: number, contributors?: string[], denominator: number | null = null): Figure {
  return { numerator, denominator, value: numerator, unit: 'count', contributors };
}

/** A mean: total / n in the given unit (days, weeks, months, score, ratio). */
export function mean(total: number, n: number, unit: MeasureUnit, contributors?: string[]): Figure {
  return { numerator: total, denominator: n, value: n > 0 ? total / n : null, unit, contributors };
}

/** The median of a list of numbers (null when empty). */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Average days in a month (365.25 / 12), used to express durations in months. */
export const DAYS_PER_MONTH = 365.25 / 12;
