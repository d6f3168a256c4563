/**
 * Measurement periods: "at a date", "during a period", rolling windows and DfE reporting years
 * (1 April – 31 March, named by the year the 31 March falls in).
 */
import { addDays, addMonths, endOfMonth, type IsoDate, isIsoDate } from '@waypoint/calendar';

/** How a measure's period is read. */
export type PeriodKind = 'at-date' | 'during-period' | 'rolling-12-months' | 'rolling-90-days' | 'reporting-year';

/** A resolved measurement period (for an at-date measure `start` = `end`). */
export interface MeasurePeriod {
  start: IsoDate;
  end: IsoDate;
  kind: PeriodKind;
}

/** What a caller passes: an end date (the "as at" date) and optionally an explicit start. */
export interface PeriodInput {
  start?: IsoDate;
  end: IsoDate;
}

/** Thrown when a period or month argument is malformed. */
export class PeriodError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PeriodError';
  }
}

/** The reporting year (named by its 31 March) that contains a date: 2025-04-01 … 2026-03-31 → 2026. */
export function reportingYearOf(date: IsoDate): number {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return m >= 4 ? y + 1 : y;
}

/** The latest reporting year that has ended on or before a date (its 31 March ≤ date). */
export function lastCompleteReportingYear(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return m > 3 || (m === 3 && d === 31) ? y : y - 1;
}

/** First and last day of a reporting year: 2026 → 2025-04-01 … 2026-03-31. */
export function reportingYearBounds(year: number): { start: IsoDate; end: IsoDate } {
  return { start: `${year - 1}-04-01`, end: `${year}-03-31` };
}

/** Start of the 12 months ending on `end` (inclusive): 2026-03-31 → 2025-04-01. */
export function rolling12MonthsStart(end: IsoDate): IsoDate {
  return addDays(addMonths(end, -12), 1);
}

/** Resolves a caller's period for a measure of the given kind. */
export function resolvePeriod(kind: PeriodKind, input: PeriodInput | IsoDate): MeasurePeriod {
  const given: PeriodInput = typeof input === 'string' ? { end: input } : input;
  if (!isIsoDate(given.end)) throw new PeriodError(`Period end "${given.end}" is not a date in the form YYYY-MM-DD.`);
  if (given.start !== undefined && !isIsoDate(given.start)) {
    throw new PeriodError(`Period start "${given.start}" is not a date in the form YYYY-MM-DD.`);
  }
  if (given.start !== undefined && given.start > given.end) {
    throw new PeriodError(`Period start ${given.start} is after its end ${given.end}.`);
  }
  const end = given.end;
  switch (kind) {
    case 'at-date':
      return { start: end, end, kind };
    case 'rolling-90-days':
      return { start: given.start ?? addDays(end, -89), end, kind };
    case 'during-period':
    case 'rolling-12-months':
      return { start: given.start ?? rolling12MonthsStart(end), end, kind };
    case 'reporting-year': {
      if (given.start !== undefined) return { start: given.start, end, kind };
      const bounds = reportingYearBounds(lastCompleteReportingYear(end));
      return { ...bounds, kind };
    }
  }
}

const MONTH = /^(\d{4})-(\d{2})$/;

/** The months from `from` to `to` inclusive, as `YYYY-MM`. */
export function monthsBetween(from: string, to: string): string[] {
  const a = MONTH.exec(from);
  const b = MONTH.exec(to);
  if (!a || !b) throw new PeriodError(`Months must be written YYYY-MM (got "${from}" and "${to}").`);
  const first = Number(a[1]) * 12 + Number(a[2]) - 1;
  const last = Number(b[1]) * 12 + Number(b[2]) - 1;
  if (last < first) throw new PeriodError(`Month range ${from} … ${to} runs backwards.`);
  const out: string[] = [];
  for (let i = first; i <= last; i++) out.push(`${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  return out;
}

/** The last day of a `YYYY-MM` month. */
export function monthEnd(month: string): IsoDate {
  return endOfMonth(`${month}-01`);
}
