/**
 * Helpers shared by compute functions: population lookup, windows, working days with clear range
 * handling, and local-record date indexes.
 */
import { englandAndWales, toEpochDay } from '@waypoint/calendar';
import { reportingYearOf, rolling12MonthsStart } from '../period.ts';
import type { ComputeContext } from '../types.ts';
import { addMonthsToEpochDay } from './dates.ts';

/** The population of children aged 0–17 for the period's reporting year (nearest earlier year if not held). */
export function populationFor(ctx: ComputeContext): { value: number; note?: string } | null {
  const table = ctx.data.raw.population0to17 ?? [];
  if (table.length === 0) return null;
  const year = reportingYearOf(ctx.period.end);
  const exact = table.find((p) => p.year === year);
  if (exact) return { value: exact.value };
  const earlier = table.filter((p) => p.year < year).sort((a, b) => b.year - a.year)[0];
  const chosen = earlier ?? [...table].sort((a, b) => a.year - b.year)[0]!;
  return {
    value: chosen.value,
    note: `No population estimate for ${year - 1}/${String(year).slice(2)}; used ${chosen.year - 1}/${String(chosen.year).slice(2)} (${chosen.value}).`,
  };
}

/** Epoch day of the start of the 12 months ending on the period end (for companions of at-date measures). */
export function twelveMonthStartDay(ctx: ComputeContext): number {
  return toEpochDay(rolling12MonthsStart(ctx.period.end));
}

/** Epoch day `months` calendar months before (negative) or after an epoch day, clamping month ends. */
export function addMonthsToDay(day: number, months: number): number {
  return addMonthsToEpochDay(day, months);
}

/** Elapsed working days (start = day 0) between epoch days. */
export function workingDaysBetween(start: number, end: number): number {
  return englandAndWales.elapsedWorkingDaysBetweenEpochDays(start, end);
}

/**
 * `n` working days after an epoch day. For dates before the bank-holiday table (long-ago periods of
 * care whose first review was due years before any reporting window) falls back to n × 7/5 calendar
 * days; the result cannot fall inside a window the table covers.
 */
export function addWorkingDaysSafe(day: number, n: number): number {
  if (day < CALENDAR_FIRST_DAY) return day + Math.ceil((n * 7) / 5);
  return englandAndWales.addWorkingDaysToEpochDay(day, n);
}

/** First epoch day the bank-holiday table covers. */
const CALENDAR_FIRST_DAY = toEpochDay(`${englandAndWales.table.firstYear}-01-01`);

/**
 * Elapsed working days, or +Infinity when `start` is before the bank-holiday table (a gap that old
 * always breaches any standard measured in working days).
 */
export function workingDaysSince(start: number, end: number): number {
  if (start < CALENDAR_FIRST_DAY) return Number.POSITIVE_INFINITY;
  return englandAndWales.elapsedWorkingDaysBetweenEpochDays(start, end);
}

/** Number of working days in [start, end] inclusive. */
export function workingDaysIn(start: number, end: number): number {
  return englandAndWales.elapsedWorkingDaysBetweenEpochDays(start - 1, end);
}

/** True when an epoch day lies in the period. */
export function inPeriod(ctx: ComputeContext, day: number): boolean {
  return day >= ctx.startDay && day <= ctx.endDay;
}

/** Unique values, keeping first-seen order. */
export function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** Index of the first element of a list sorted by `key` whose key is ≥ `value`. */
export function lowerBound<T>(sorted: readonly T[], key: (item: T) => number, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(sorted[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The elements of a list sorted by `key` whose key lies in [from, to]. */
export function between<T>(sorted: readonly T[], key: (item: T) => number, from: number, to: number): T[] {
  const out: T[] = [];
  for (let i = lowerBound(sorted, key, from); i < sorted.length; i++) {
    const item = sorted[i]!;
    if (key(item) > to) break;
    out.push(item);
  }
  return out;
}
