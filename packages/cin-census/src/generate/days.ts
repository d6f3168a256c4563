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
 * What a child's journey needs to know about the census files it will be shown in, as epoch days: when the
 * simulation ends, working-day arithmetic, and the DfE queries about work still open at a census date that the
 * generator avoids at the source (8569Q, 8670Q, 8675Q).
 */
export interface JourneyClock {
  /** First day of the first census year generated. */
  readonly start: number;
  /** Last day anything can reach a file (a census date). */
  readonly end: number;
  /** `n` working days after `day` (day 0 = `day`; n ≥ 1 always lands on a working day). */
  addWorkingDays(day: number, n: number): number;
  /** The day itself when it is a working day, else the next working day. */
  onOrAfterWorkingDay(day: number): number;
  /** Working days after `from` up to and including `to`. */
  workingDaysBetween(from: number, to: number): number;
  /** Whether an NFA referral on `day` is clear of 8569Q (never before its census year's start, validator convention). */
  nfaAllowed(day: number): boolean;
  /**
   * The census date by which an assessment started on `start` must be authorised, because it would otherwise be
   * open there more than 45 working days after its start (8670Q); undefined when no census date needs it.
   */
  assessmentDeadline(start: number): number | undefined;
  /** Likewise for the ICPC of a section 47 enquiry started on `start` (15 working days, 8675Q). */
  conferenceDeadline(start: number): number | undefined;
  /**
   * Whether an episode closed on `closure` after an assessment authorised on `authorised` may give RC8/RC9:
   * every file showing the closure must show the assessment too (8825Q).
   */
  notInNeedReasonAllowed(authorised: number, closure: number): boolean;
  /** Whether that assessment may carry factor 21 (not in need): every file showing it must show the closure (8873Q). */
  notInNeedFactorAllowed(authorised: number, closure: number): boolean;
}

/**
 * The census year being generated, as epoch days, with working-day arithmetic from `@waypoint/calendar`
 * (England and Wales; start = day 0). Dates after the census end never reach the file, so past it the
 * arithmetic is approximate (7 calendar days per 5 working days) and never leaves the holiday table.
 */
export class CensusClock implements JourneyClock {
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

  nfaAllowed(day: number): boolean {
    return day >= this.start && day >= this.nfaQueryBefore;
  }

  assessmentDeadline(start: number): number | undefined {
    return start < this.assessmentQueryBefore ? this.end : undefined;
  }

  conferenceDeadline(start: number): number | undefined {
    return start < this.conferenceQueryBefore ? this.end : undefined;
  }

  notInNeedReasonAllowed(authorised: number, _closure: number): boolean {
    return authorised >= this.start;
  }

  notInNeedFactorAllowed(_authorised: number, closure: number): boolean {
    return closure <= this.end;
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

/** First and last day of the bank-holiday table: outside it working days are approximated (5 in every 7). */
const CALENDAR_FIRST = toEpochDay(`${englandAndWales.table.firstYear}-01-01`) + 60;
const CALENDAR_LAST = toEpochDay(`${englandAndWales.table.lastYear}-12-31`) - 60;

/** One census of a history and the days before which open work at its date raises a query. */
interface CensusDate {
  /** First day of its period (1 April, or a year and a day before an in-year census date). */
  start: number;
  /** The ReferenceDate: 31 March, or the "as at" day of an in-year census. */
  end: number;
  assessmentQueryBefore: number;
  conferenceQueryBefore: number;
  nfaQueryBefore: number;
}

/**
 * The clock of a history: several consecutive censuses, the last perhaps an in-year one dated on an "as at" day
 * (its period then overlaps the previous year's). Every census date's queries are avoided, so each file is clean
 * on its own.
 */
export class HistoryClock implements JourneyClock {
  readonly start: number;
  readonly end: number;
  private readonly dates: readonly CensusDate[];

  /** The censuses in date order: first day of the period and the census date (ReferenceDate). */
  constructor(years: ReadonlyArray<{ start: IsoDate; referenceDate: IsoDate }>) {
    this.dates = years.map(({ start, referenceDate }) => {
      return {
        start: toEpochDay(start),
        end: toEpochDay(referenceDate),
        assessmentQueryBefore: toEpochDay(validatorWorkingDaysBefore(referenceDate, 45)),
        conferenceQueryBefore: toEpochDay(validatorWorkingDaysBefore(referenceDate, 15)),
        nfaQueryBefore: toEpochDay(validatorWorkingDaysBefore(start, 1)),
      };
    });
    this.start = this.dates[0]!.start;
    this.end = this.dates[this.dates.length - 1]!.end;
  }

  addWorkingDays(day: number, n: number): number {
    if (day > this.end || day < CALENDAR_FIRST || day > CALENDAR_LAST) return day + Math.ceil((n * 7) / 5);
    return englandAndWales.addWorkingDaysToEpochDay(day, n);
  }

  onOrAfterWorkingDay(day: number): number {
    if (day > this.end || day < CALENDAR_FIRST || day > CALENDAR_LAST) return day;
    return englandAndWales.elapsedWorkingDaysBetweenEpochDays(day - 1, day) === 1
      ? day
      : englandAndWales.addWorkingDaysToEpochDay(day, 1);
  }

  workingDaysBetween(from: number, to: number): number {
    if (from < CALENDAR_FIRST || to > CALENDAR_LAST) return Math.floor(((to - from) * 5) / 7);
    return englandAndWales.elapsedWorkingDaysBetweenEpochDays(from, to);
  }

  nfaAllowed(day: number): boolean {
    return this.dates.every((d) => day < d.start || day > d.end || day >= d.nfaQueryBefore);
  }

  assessmentDeadline(start: number): number | undefined {
    return this.dates.find((d) => d.end >= start && start < d.assessmentQueryBefore)?.end;
  }

  conferenceDeadline(start: number): number | undefined {
    return this.dates.find((d) => d.end >= start && start < d.conferenceQueryBefore)?.end;
  }

  notInNeedReasonAllowed(authorised: number, closure: number): boolean {
    const shown = this.censusesOf(authorised);
    return (this.censusesOf(closure) & ~shown) === 0;
  }

  notInNeedFactorAllowed(authorised: number, closure: number): boolean {
    return closure <= this.end && (this.censusesOf(authorised) & ~this.censusesOf(closure)) === 0;
  }

  /** The censuses whose period holds `day`, as bits (1 << index). */
  private censusesOf(day: number): number {
    let bits = 0;
    this.dates.forEach((d, i) => {
      if (day >= d.start && day <= d.end) bits |= 1 << i;
    });
    return bits;
  }
}
