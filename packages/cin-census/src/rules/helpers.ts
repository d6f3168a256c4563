import { tryEpochDay, weekday } from '@waypoint/calendar';
import type { TableName } from '../tables.ts';
import type { CensusPeriod, RuleFlags } from './rule.ts';

/**
 * Adds a flagged row (all the rule's fields for the table, or only `fields`), creating the flags object on
 * first use (rules return `undefined` when nothing fails).
 */
export function addFlag(
  flags: RuleFlags | undefined,
  table: TableName,
  row: number,
  fields?: readonly string[],
): RuleFlags {
  const out = flags ?? {};
  const entry = fields ? { row, fields } : row;
  const rows = out[table];
  if (rows) rows.push(entry);
  else out[table] = [entry];
  return out;
}

/** True when a (present) date lies in the census period, both ends included. */
export function inPeriod(date: string, period: CensusPeriod): boolean {
  return date !== '' && date >= period.collectionStart && date <= period.referenceDate;
}

/** True when a date is present and outside the census period. */
export function outsidePeriod(date: string, period: CensusPeriod): boolean {
  return date !== '' && (date < period.collectionStart || date > period.referenceDate);
}

/** The census booleans: `true`/`1` (any case) are true. */
export function isTrue(value: string): boolean {
  return value === '1' || value === 'true' || value.toLowerCase() === 'true';
}

/** `false`/`0` (any case) are false. */
export function isFalse(value: string): boolean {
  return value === '0' || value === 'false' || value.toLowerCase() === 'false';
}

/** True for a Saturday or Sunday (a valid ISO date is assumed; invalid text is never a weekend). */
export function isWeekend(date: string): boolean {
  const day = tryEpochDay(date);
  if (day === null) return false;
  const wd = weekday(day);
  return wd === 0 || wd === 6;
}

/** Row indices of the rows whose CINdetailsID matches. */
export function rowsOfEpisode(rows: ReadonlyArray<{ CINdetailsID: string }>, CINdetailsID: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < rows.length; i++) if (rows[i]!.CINdetailsID === CINdetailsID) out.push(i);
  return out;
}

/** Index of the CIN episode row with that CINdetailsID, or -1. */
export function episodeIndex(rows: ReadonlyArray<{ CINdetailsID: string }>, CINdetailsID: string): number {
  for (let i = 0; i < rows.length; i++) if (rows[i]!.CINdetailsID === CINdetailsID) return i;
  return -1;
}

/**
 * Days since 1970-01-01 of an ISO date already checked by the reader (no validation; fast enough to call for
 * every child). Uses the proleptic Gregorian "days from civil" formula.
 */
export function dayNumber(iso: string): number {
  let y =
    (iso.charCodeAt(0) - 48) * 1000 +
    (iso.charCodeAt(1) - 48) * 100 +
    (iso.charCodeAt(2) - 48) * 10 +
    (iso.charCodeAt(3) - 48);
  const m = (iso.charCodeAt(5) - 48) * 10 + (iso.charCodeAt(6) - 48);
  const d = (iso.charCodeAt(8) - 48) * 10 + (iso.charCodeAt(9) - 48);
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
