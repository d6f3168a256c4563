import { fromEpochDay, type IsoDate, toEpochDay, weekday } from './dates.ts';

/** A bank holiday in a working-day calendar. */
export interface BankHoliday {
  date: IsoDate;
  title: string;
}

/** The data a working-day calendar is built from (see `data/README.md`). */
export interface BankHolidayTable {
  division: string;
  version: string;
  firstYear: number;
  lastYear: number;
  holidays: readonly BankHoliday[];
}

/** Thrown when a working-day sum reaches outside the years the holiday table covers. */
export class CalendarRangeError extends Error {
  constructor(date: IsoDate, table: BankHolidayTable) {
    super(
      `${date} is outside the ${table.division} bank-holiday table (${table.firstYear}–${table.lastYear}, version ${table.version}). ` +
        'Add the missing years to the table before counting working days there.',
    );
    this.name = 'CalendarRangeError';
  }
}

/**
 * Working days (Monday–Friday that are not bank holidays) over a fixed range of years.
 *
 * Counting convention: the **elapsed** working days from a start date to an end date are the working
 * days after the start, up to and including the end (the start is day 0). "Within 45 working days"
 * means elapsed ≤ 45. Answers are O(1) lookups in a prefix sum, so rules can run over millions of rows.
 */
export class WorkingDayCalendar {
  private readonly firstDay: number;
  private readonly lastDay: number;
  /** cumulative[i] = working days from firstDay to firstDay + i inclusive. */
  private readonly cumulative: Int32Array;
  private readonly holidayTitles = new Map<number, string>();

  constructor(readonly table: BankHolidayTable) {
    this.firstDay = toEpochDay(`${table.firstYear}-01-01`);
    this.lastDay = toEpochDay(`${table.lastYear}-12-31`);
    for (const h of table.holidays) this.holidayTitles.set(toEpochDay(h.date), h.title);
    const length = this.lastDay - this.firstDay + 1;
    this.cumulative = new Int32Array(length);
    let running = 0;
    for (let i = 0; i < length; i++) {
      const day = this.firstDay + i;
      const wd = weekday(day);
      if (wd !== 0 && wd !== 6 && !this.holidayTitles.has(day)) running++;
      this.cumulative[i] = running;
    }
  }

  /** True when the date is a working day. */
  isWorkingDay(date: IsoDate): boolean {
    const day = this.index(date);
    return day === 0 ? this.cumulative[0] === 1 : this.cumulative[day]! > this.cumulative[day - 1]!;
  }

  /** The bank holiday's name when the date is one, otherwise `undefined`. */
  bankHoliday(date: IsoDate): string | undefined {
    this.index(date);
    return this.holidayTitles.get(toEpochDay(date));
  }

  /** Working days after `start` up to and including `end`; negative when `end` is before `start`. */
  elapsedWorkingDays(start: IsoDate, end: IsoDate): number {
    return this.cumulative[this.index(end)]! - this.cumulative[this.index(start)]!;
  }

  /** Same as {@link elapsedWorkingDays} on epoch days, for hot loops in validation rules. */
  elapsedWorkingDaysBetweenEpochDays(start: number, end: number): number {
    return this.cumulative[this.indexOfDay(end)]! - this.cumulative[this.indexOfDay(start)]!;
  }

  /**
   * The date `n` working days after `start` (day 0 = start). With n > 0 the result is always a working
   * day; with n < 0 it counts back; n = 0 returns the start unchanged.
   */
  addWorkingDays(start: IsoDate, n: number): IsoDate {
    return fromEpochDay(this.addWorkingDaysToEpochDay(toEpochDay(start), n));
  }

  /** Same as {@link addWorkingDays} on epoch days. */
  addWorkingDaysToEpochDay(start: number, n: number): number {
    const i = this.indexOfDay(start);
    if (n === 0) return start;
    const base = this.cumulative[i]!;
    if (n > 0) {
      // First index j with cumulative[j] = base + n.
      const target = base + n;
      let lo = i + 1;
      let hi = this.cumulative.length - 1;
      if (this.cumulative[hi]! < target) throw new CalendarRangeError(fromEpochDay(this.lastDay + 1), this.table);
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.cumulative[mid]! >= target) hi = mid;
        else lo = mid + 1;
      }
      return this.firstDay + lo;
    }
    // Counting back: the earliest day d with elapsed(d, start) = -n, i.e. cumulative[d] = base + n;
    // the earliest such day is always a working day.
    const target = base + n;
    if (target < 1) throw new CalendarRangeError(fromEpochDay(this.firstDay - 1), this.table);
    let lo = 0;
    let hi = i;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! >= target) hi = mid;
      else lo = mid + 1;
    }
    return this.firstDay + lo;
  }

  private index(date: IsoDate): number {
    const day = toEpochDay(date);
    if (day < this.firstDay || day > this.lastDay) throw new CalendarRangeError(date, this.table);
    return day - this.firstDay;
  }

  private indexOfDay(day: number): number {
    if (day < this.firstDay || day > this.lastDay) throw new CalendarRangeError(fromEpochDay(day), this.table);
    return day - this.firstDay;
  }
}
