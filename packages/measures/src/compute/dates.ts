/**
 * Date helpers for hot loops: ISO dates to epoch days with a message naming the record and field
 * when a date is not real, and date-times to epoch minutes (read as clock time, no time zone).
 */
import { tryEpochDay } from '@waypoint/calendar';

/** Epoch day used for "still open" (no end date). */
export const OPEN = 2_000_000_000;

/** Thrown when a record holds a date that is not real; names the record array, index and field. */
export class RecordDateError extends Error {
  constructor(where: string, value: unknown) {
    super(`${where}: "${String(value)}" is not a real date (expected YYYY-MM-DD). Fix the mapped record.`);
    this.name = 'RecordDateError';
  }
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Year, month (1–12) and day of an epoch day (H. Hinnant's civil_from_days). */
export function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [era * 400 + yoe + (m <= 2 ? 1 : 0), m, d];
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0)) return 29;
  return MONTH_DAYS[month - 1]!;
}

/** Adds calendar months to an epoch day, clamping to the end of a shorter month (as the calendar's addMonths). */
export function addMonthsToEpochDay(day: number, months: number): number {
  const [y, m, d] = civilFromDays(day);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return daysFromCivil(year, month, Math.min(d, daysInMonth(year, month)));
}

function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Fast parse of `YYYY-MM-DD` to an epoch day, or null when it is not a real date. */
export function parseDay(iso: string): number | null {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return tryEpochDay(iso);
  const y = digits(iso, 0, 4);
  const m = digits(iso, 5, 7);
  const d = digits(iso, 8, 10);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return daysFromCivil(y, m, d);
}

/** Epoch day of an ISO date; throws {@link RecordDateError} naming `where` (e.g. "claEpisodes[4].start"). */
export function dayOf(iso: string, where: () => string): number {
  const d = typeof iso === 'string' ? parseDay(iso) : null;
  if (d === null) throw new RecordDateError(where(), iso);
  return d;
}

/** Epoch day of an optional ISO date; `OPEN` when blank. */
export function endDayOf(iso: string | undefined, where: () => string): number {
  return iso === undefined || iso === '' ? OPEN : dayOf(iso, where);
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/;

/** Minutes since 1970-01-01 00:00 of a `YYYY-MM-DDTHH:MM[:SS]` clock time (a bare date = midnight). */
export function minutesOf(iso: string, where: () => string): number {
  // Fast path: YYYY-MM-DDTHH:MM (optionally :SS or more).
  if (typeof iso === 'string' && iso.length >= 16 && (iso[10] === 'T' || iso[10] === ' ') && iso[13] === ':') {
    const day = parseDay(iso.slice(0, 10));
    const h = digits(iso, 11, 13);
    const min = digits(iso, 14, 16);
    if (day !== null && h >= 0 && h < 24 && min >= 0 && min < 60) return day * 1440 + h * 60 + min;
  }
  const m = DATE_TIME.exec(iso);
  const d = m ? parseDay(m[1]!) : null;
  if (!m || d === null) throw new RecordDateError(where(), iso);
  return d * 1440 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}

/** The date part of a date-time. */
export function datePart(isoDateTime: string): string {
  return isoDateTime.slice(0, 10);
}
