import type { IsoDate } from '@waypoint/calendar';
import { dayOf } from '../rules/helpers.ts';
import { type CareEpisode, SHORT_BREAK_STATUSES } from './episode-fields.ts';

/** The day after the same date a year earlier: the first day of the 12 months that end on `date`. */
function yearBefore(date: IsoDate): number {
  const day = dayOf(date);
  if (day === null) throw new Error(`"${date}" is not a real date (expected YYYY-MM-DD).`);
  const year = Number(date.slice(0, 4)) - 1;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const sameDay =
    !leap && date.endsWith('-02-29') ? `${year}-02-28` : `${String(year).padStart(4, '0')}${date.slice(4)}`;
  return dayOf(sameDay)! + 1;
}

/**
 * Children looked after on a date (spec §6.1): an episode with DECOM on or before the date and no DEC, or a
 * DEC after the date (a child who left that day is not counted), whose legal status is not a V3/V4 short
 * break. A DEC that is not a real date counts as open. Throws when `date` is not a real ISO date.
 */
export function lookedAfterOn(episodes: readonly CareEpisode[], date: IsoDate): Set<string> {
  const on = dayOf(date);
  if (on === null) throw new Error(`"${date}" is not a real date (expected YYYY-MM-DD).`);
  const out = new Set<string>();
  for (const e of episodes) {
    if (SHORT_BREAK_STATUSES.has(e.LS)) continue;
    const decom = dayOf(e.DECOM);
    if (decom === null || decom > on) continue;
    const dec = dayOf(e.DEC);
    if (dec === null || dec > on) out.add(e.CHILD);
  }
  return out;
}

/**
 * The OC2 cohort: children looked after continuously for the 12 months ending on `date` (normally 31 March),
 * as DfE's validation rules define it (spec §6.3). A child qualifies with at least one episode overlapping the
 * 12 months and none that starts a period of care after their first day (RNE S), ends one before `date` (REC
 * other than X1), or is a V3/V4 short break overlapping them. So a child whose care began on the first day,
 * or who left on `date` itself, still counts. The same definition the validation rules use.
 */
export function continuouslyLookedAfter12Months(episodes: readonly CareEpisode[], date: IsoDate): Set<string> {
  const end = dayOf(date);
  if (end === null) throw new Error(`"${date}" is not a real date (expected YYYY-MM-DD).`);
  const start = yearBefore(date);
  const inYear = new Set<string>();
  const broken = new Set<string>();
  for (const e of episodes) {
    const decom = dayOf(e.DECOM);
    const dec = dayOf(e.DEC);
    const duringYear = decom !== null && decom <= end && (dec === null || dec >= start);
    if (duringYear) inYear.add(e.CHILD);
    const entersCare = e.RNE === 'S' && decom !== null && decom > start && decom <= end;
    const leavesCare = e.REC !== 'X1' && dec !== null && dec >= start && dec < end;
    const shortBreak = duringYear && SHORT_BREAK_STATUSES.has(e.LS);
    if (entersCare || leavesCare || shortBreak) broken.add(e.CHILD);
  }
  const out = new Set<string>();
  for (const child of inYear) if (!broken.has(child)) out.add(child);
  return out;
}
