/**
 * Calendar dates without time zones. Waypoint stores and exchanges dates as ISO strings
 * (`YYYY-MM-DD`); arithmetic is done on "epoch days" (whole days since 1970-01-01, UTC), which is
 * exact and fast for the millions of dates a statutory return holds.
 */

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Thrown when text is not a real calendar date. */
export class InvalidDateError extends Error {
  constructor(readonly value: string) {
    super(`"${value}" is not a real date in the form YYYY-MM-DD`);
    this.name = 'InvalidDateError';
  }
}

/** Days since 1970-01-01 for a year, month (1–12) and day, or `null` when the date does not exist. */
export function epochDayFromParts(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return Math.round(ms / MS_PER_DAY);
}

/** Parses `YYYY-MM-DD` into an epoch day, or `null` when it is not a real date. */
export function tryEpochDay(iso: string): number | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  return epochDayFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Parses `YYYY-MM-DD` into an epoch day; throws {@link InvalidDateError} when it is not a real date. */
export function toEpochDay(iso: IsoDate): number {
  const day = tryEpochDay(iso);
  if (day === null) throw new InvalidDateError(iso);
  return day;
}

/** Formats an epoch day as `YYYY-MM-DD`. */
export function fromEpochDay(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** True when the text is a real calendar date in ISO form. */
export function isIsoDate(value: string): boolean {
  return tryEpochDay(value) !== null;
}

/** Day of the week for an epoch day: 0 = Sunday … 6 = Saturday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Adds calendar days to an ISO date. */
export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(iso) + days);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/**
 * Adds calendar months, clamping to the last day of a shorter month
 * (31 January + 1 month = 28 or 29 February), as statutory "within 6 months" rules are read.
 */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return fromEpochDay(epochDayFromParts(year, month, Math.min(d, lastDay)) as number);
}

/** Age in whole years on a date (a child born on 29 February turns a year older on 1 March in non-leap years). */
export function ageOn(dateOfBirth: IsoDate, on: IsoDate): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}

/** The last day of the month that contains the date. */
export function endOfMonth(iso: IsoDate): IsoDate {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  return fromEpochDay(Math.round(Date.UTC(y, m, 0) / MS_PER_DAY));
}

/** Built once: making a formatter loads time-zone data, which costs more than using it. */
const LONDON_DATE = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in UK local time (Europe/London), as an ISO date. */
export function todayInLondon(now: Date = new Date()): IsoDate {
  const parts = LONDON_DATE.formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The months' names in English, January first. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Formats an ISO date the GOV.UK way: "1 May 2026". */
export function formatLongDate(iso: IsoDate): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTH_NAMES[m - 1]} ${y}`;
}

/** Formats an ISO date with its weekday: "Tuesday 11 August 2026". */
export function formatLongDateWithWeekday(iso: IsoDate): string {
  const names = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  return `${names[weekday(toEpochDay(iso))]} ${formatLongDate(iso)}`;
}
