import { englandAndWales, type IsoDate, toEpochDay } from '@waypoint/calendar';
import { validatorWorkingDaysBefore } from '../rules/working-days.ts';

/** ISO date of an epoch day (days since 1970-01-01), without allocating a Date. */
export function isoOfDay(day: number): IsoDate {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/**
 * The census year being generated, as epoch days, with working-day arithmetic from `@waypoint/calendar`
 * (England and Wales; start = day 0). Dates after the census end never reach the file, so past it the
 * arithmetic is approximate (7 calendar days per 5 working days) and never leaves the holiday table.
 */
export class CensusClock {
  /** 1 April, first day of the census year. */
  readonly start: number;
  /** 31 March, the ReferenceDate. */
  readonly end: number;
  /** An open assessment that started before this day raises 8670Q (45 working days, validator convention). */
  readonly assessmentQueryBefore: number;
  /** An S47 awaiting its ICPC that started before this day raises 8675Q (15 working days). */
  readonly conferenceQueryBefore: number;
  /** An NFA referral dated before this day raises 8569Q (one working day before the collection start, validator convention). */
  readonly nfaQueryBefore: number;

  constructor(readonly year: number) {
    const referenceDate = `${year}-03-31`;
    this.end = toEpochDay(referenceDate);
    this.start = toEpochDay(`${year - 1}-04-01`);
    this.assessmentQueryBefore = toEpochDay(validatorWorkingDaysBefore(referenceDate, 45));
    this.conferenceQueryBefore = toEpochDay(validatorWorkingDaysBefore(referenceDate, 15));
    this.nfaQueryBefore = toEpochDay(validatorWorkingDaysBefore(`${year - 1}-04-01`, 1));
  }

  /** `n` working days after `day` (day 0 = `day`; n ≥ 1 always lands on a working day). */
  addWorkingDays(day: number, n: number): number {
    if (day > this.end) return day + Math.ceil((n * 7) / 5);
    return englandAndWales.addWorkingDaysToEpochDay(day, n);
  }

  /** The day itself when it is a working day, else the next working day. */
  onOrAfterWorkingDay(day: number): number {
    if (day > this.end) return day;
    return englandAndWales.elapsedWorkingDaysBetweenEpochDays(day - 1, day) === 1
      ? day
      : englandAndWales.addWorkingDaysToEpochDay(day, 1);
  }

  /** Working days after `from` up to and including `to`. */
  workingDaysBetween(from: number, to: number): number {
    return englandAndWales.elapsedWorkingDaysBetweenEpochDays(from, to);
  }
}
