/**
 * The demo's time line: story dates (written for demo "today" 15 July 2026) moved by whole weeks to the
 * real demo today, month windows, working days, and small helpers that turn a story curve into exact counts.
 */
import {
  addDays,
  daysBetween,
  endOfMonth,
  englandAndWales,
  fromEpochDay,
  type IsoDate,
  toEpochDay,
} from '@waypoint/calendar';

/** The demo "today" the story is written for. */
export const STORY_TODAY: IsoDate = '2026-07-15';
/** First day of the local records (story date): three reporting years before the 2026/27 year. */
export const STORY_START: IsoDate = '2023-04-01';

/** Days the story moves so that its today lands on `today`, rounded to whole weeks (as the plan seed does). */
export function storyOffsetDays(today: IsoDate): number {
  return Math.round(daysBetween(STORY_TODAY, today) / 7) * 7;
}

/** A calendar month of the time line; the current month ends at today. */
export interface MonthWindow {
  /** `YYYY-MM`. */
  key: string;
  start: number;
  end: number;
  /** False for the month that contains today (it ends at today). */
  complete: boolean;
}

/** The demo time line: today, the story offset, the first day of records and story-to-real conversion. */
export class Timeline {
  /** Epoch day of the demo today. */
  readonly today: number;
  /** Days added to every story date. */
  readonly offset: number;
  /** Epoch day of the first local record (1 April 2023 moved by the offset). */
  readonly start: number;

  constructor(readonly todayIso: IsoDate) {
    this.today = toEpochDay(todayIso);
    this.offset = storyOffsetDays(todayIso);
    this.start = this.at(STORY_START);
  }

  /** Epoch day of a story date after the shift. */
  at(storyDate: IsoDate): number {
    return toEpochDay(storyDate) + this.offset;
  }

  /** The story day (epoch day in story time) that a real day corresponds to. */
  storyDay(day: number): number {
    return day - this.offset;
  }

  /** Month windows from the month containing `from` to the month containing today. */
  months(from: number = this.start): MonthWindow[] {
    const out: MonthWindow[] = [];
    let first = toEpochDay(`${fromEpochDay(from).slice(0, 7)}-01`);
    while (first <= this.today) {
      const iso = fromEpochDay(first);
      const end = toEpochDay(endOfMonth(iso));
      out.push({ key: iso.slice(0, 7), start: first, end: Math.min(end, this.today), complete: end <= this.today });
      first = end + 1;
    }
    return out;
  }

  /** Complete months only (each ends on its last day, on or before today). */
  completeMonths(from: number = this.start): MonthWindow[] {
    return this.months(from).filter((m) => m.complete);
  }
}

const isoCache = new Map<number, IsoDate>();

/** ISO date of an epoch day (memoised: the generators format the same few thousand days many times). */
export function iso(day: number): IsoDate {
  let out = isoCache.get(day);
  if (out === undefined) {
    out = fromEpochDay(day);
    isoCache.set(day, out);
  }
  return out;
}

/** `YYYY-MM-DDTHH:MM` of an epoch day and minutes after midnight. */
export function dateTime(day: number, minuteOfDay: number): string {
  const m = Math.max(0, Math.min(1439, Math.round(minuteOfDay)));
  return `${iso(day)}T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Epoch minutes of a day and minute of day. */
export function minutesAt(day: number, minuteOfDay: number): number {
  return day * 1440 + minuteOfDay;
}

/** `YYYY-MM-DDTHH:MM` of epoch minutes. */
export function dateTimeOfMinutes(minutes: number): string {
  return dateTime(Math.floor(minutes / 1440), minutes % 1440);
}

/** True for a working day (England & Wales). */
export function isWorkingDay(day: number): boolean {
  return englandAndWales.elapsedWorkingDaysBetweenEpochDays(day - 1, day) === 1;
}

/** `n` working days after a day (day 0 = the day itself). */
export function addWorkingDays(day: number, n: number): number {
  return englandAndWales.addWorkingDaysToEpochDay(day, n);
}

/** Working days elapsed from `a` to `b` (a = day 0). */
export function workingDaysBetween(a: number, b: number): number {
  return englandAndWales.elapsedWorkingDaysBetweenEpochDays(a, b);
}

/** The day itself when it is a working day, else the next working day. */
export function onOrNextWorkingDay(day: number): number {
  return isWorkingDay(day) ? day : addWorkingDays(day, 1);
}

/** The day itself when it is a working day, else the previous working day. */
export function onOrPreviousWorkingDay(day: number): number {
  return isWorkingDay(day) ? day : addWorkingDays(day, -1);
}

/** A value that changes over story time. */
export type Curve = (storyDay: number) => number;

/** Straight lines between story-dated points; flat before the first and after the last. */
export function curve(points: readonly (readonly [IsoDate, number])[]): Curve {
  const pts = points.map(([d, v]) => [toEpochDay(d), v] as const).sort((a, b) => a[0] - b[0]);
  return (day) => {
    if (day <= pts[0]![0]) return pts[0]![1];
    for (let i = 1; i < pts.length; i++) {
      const [d1, v1] = pts[i]!;
      if (day <= d1) {
        const [d0, v0] = pts[i - 1]!;
        return v0 + ((v1 - v0) * (day - d0)) / (d1 - d0);
      }
    }
    return pts[pts.length - 1]![1];
  };
}

/** A step function: each value holds from its story date until the next. */
export function steps(points: readonly (readonly [IsoDate, number])[]): Curve {
  const pts = points.map(([d, v]) => [toEpochDay(d), v] as const).sort((a, b) => a[0] - b[0]);
  return (day) => {
    let value = pts[0]![1];
    for (const [d, v] of pts) if (day >= d) value = v;
    return value;
  };
}

/**
 * Turns expected (fractional) amounts into whole numbers whose running total never drifts more than
 * half a unit from the expected running total.
 */
export class Quota {
  private expected = 0;
  private given = 0;

  /** The whole number to give now for `amount` expected. */
  take(amount: number): number {
    this.expected += amount;
    const n = Math.round(this.expected) - this.given;
    this.given += n;
    return n;
  }
}

/** Story date string moved by the offset (ISO in, ISO out). */
export function shiftIso(storyDate: IsoDate, offset: number): IsoDate {
  return addDays(storyDate, offset);
}

/** Day of the week of an epoch day: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}
