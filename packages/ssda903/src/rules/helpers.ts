/** Small helpers shared by rule definitions. Keep them generic; rule logic lives in the rule files. */

import type { HeaderRow } from '../tables.ts';
import type { RuleContext } from './rule.ts';

/** Indices of the rows that match the predicate (empty when the table is absent). */
export function flagRows<R>(rows: readonly R[] | undefined, predicate: (row: R, index: number) => boolean): number[] {
  const out: number[] = [];
  if (!rows) return out;
  for (let i = 0; i < rows.length; i++) if (predicate(rows[i]!, i)) out.push(i);
  return out;
}

/**
 * True when the value is a real ISO date (the reader converts valid dd/mm/yyyy dates to ISO). The same test as
 * `dayOf`, without the day arithmetic: rules ask it for most rows.
 */
export function isDate(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const y = digitsAt(value, 0, 4);
  const m = digitsAt(value, 5, 7);
  const d = digitsAt(value, 8, 10);
  if (y < 0 || m < 1 || m > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (m === 2 && leap ? 29 : DAYS_IN_MONTH[m]!);
}

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digitsAt(value: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Epoch day of an ISO date, or null when the value is blank or not a real date. Called for most rows by most
 * rules, so it parses by hand and counts days arithmetically (no regular expression, no Date object).
 */
export function dayOf(value: string): number | null {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return null;
  const y = digitsAt(value, 0, 4);
  const m = digitsAt(value, 5, 7);
  const d = digitsAt(value, 8, 10);
  if (y < 0 || m < 1 || m > 12 || d < 1) return null;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > (m === 2 && leap ? 29 : DAYS_IN_MONTH[m]!)) return null;
  // Days from 1970-01-01 (proleptic Gregorian), after H. Hinnant's days_from_civil.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * ISO date of the nth birthday, or null when the date of birth is not a real date. A 29 February birthday
 * falls on 28 February in other years (as the sector's validator counts). ISO dates compare as text.
 */
export function birthday(dob: string, years: number): string | null {
  if (dayOf(dob) === null) return null;
  const year = Number(dob.slice(0, 4)) + years;
  if (year < 0 || year > 9999) return null;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const monthDay = !leap && dob.endsWith('-02-29') ? '-02-28' : dob.slice(4);
  return `${String(year).padStart(4, '0')}${monthDay}`;
}

/**
 * Adds whole years to a date: the nth birthday of a date of birth (29 February becomes 28 February in other
 * years, as the reference's `DateOffset(years=n)` does); a value that is not a real date comes back unchanged.
 */
export function addYears(iso: string, years: number): string {
  return birthday(iso, years) ?? iso;
}

/** A row test: the value in `field` is filled but not one of `codes` (blank passes unless `blankIsInvalid`). */
export function invalidCode<R>(
  field: keyof R & string,
  codes: ReadonlySet<string>,
  options: { blankIsInvalid?: boolean } = {},
): (row: R) => boolean {
  const blankIsInvalid = options.blankIsInvalid === true;
  return (row) => {
    const value = row[field] as unknown as string;
    return value === '' ? blankIsInvalid : !codes.has(value);
  };
}

/** A row test: the value in a date field is filled but not a real date (blank passes unless `blankIsInvalid`). */
export function invalidDate<R>(
  field: keyof R & string,
  options: { blankIsInvalid?: boolean } = {},
): (row: R) => boolean {
  const blankIsInvalid = options.blankIsInvalid === true;
  return (row) => {
    const value = row[field] as unknown as string;
    return value === '' ? blankIsInvalid : !isDate(value);
  };
}

/** Male / female in either SEX coding: 1/2 (to 2023/24) or M/F (from 2024/25). */
export const isMale = (sex: string): boolean => sex === '1' || sex === 'M';
/** Female in either SEX coding: 2 (to 2023/24) or F (from 2024/25). */
export const isFemale = (sex: string): boolean => sex === '2' || sex === 'F';

/**
 * Children looked after continuously for 12 months at 31 March (the OC2 cohort), as DfE's validation rules
 * define it: at least one episode overlapping the collection year, and no episode that starts a period of
 * care after 1 April (RNE S), ends one before 31 March (REC other than X1), or is a V3/V4 short break in the
 * year. Computed once per run.
 */
export function continuouslyLookedAfter(ctx: RuleContext): ReadonlySet<string> {
  return ctx.memo('continuouslyLookedAfter', () => {
    const start = dayOf(ctx.collectionStart)!;
    const end = dayOf(ctx.collectionEnd)!;
    const inYear = new Set<string>();
    const broken = new Set<string>();
    for (const e of ctx.current.Episodes ?? []) {
      const decom = dayOf(e.DECOM);
      const dec = dayOf(e.DEC);
      const duringYear = decom !== null && decom <= end && (dec === null || dec >= start);
      if (duringYear) inYear.add(e.CHILD);
      const entersCare = e.RNE === 'S' && decom !== null && decom > start && decom <= end;
      const leavesCare = e.REC !== 'X1' && dec !== null && dec >= start && dec < end;
      const shortBreak = (e.LS === 'V3' || e.LS === 'V4') && duringYear;
      if (entersCare || leavesCare || shortBreak) broken.add(e.CHILD);
    }
    const out = new Set<string>();
    for (const child of inYear) if (!broken.has(child)) out.add(child);
    return out;
  });
}

/** Header rows indexed by CHILD (first row wins when a child is duplicated). */
export function headerByChild(ctx: RuleContext, which: 'current' | 'previous' = 'current') {
  return ctx.memo(`headerByChild:${which}`, () => {
    const map = new Map<string, HeaderRow>();
    const rows = which === 'current' ? ctx.current.Header : ctx.previous?.Header;
    for (const row of rows ?? []) if (!map.has(row.CHILD)) map.set(row.CHILD, row);
    return map as ReadonlyMap<string, HeaderRow>;
  });
}
