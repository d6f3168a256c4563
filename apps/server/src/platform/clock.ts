import { type IsoDate, todayInLondon } from '@waypoint/calendar';

/** Where "now" comes from. Fixed in tests (and demos that want a frozen day), real otherwise. */
export interface Clock {
  now(): Date;
  /** Today's date in UK time. */
  today(): IsoDate;
}

/**
 * The real clock, or one set to a given day when `fixedToday` is set: it starts at noon UK time on that day and
 * runs forward from there (so events keep their order), while `today` stays that day.
 */
export function createClock(fixedToday?: IsoDate): Clock {
  if (fixedToday) {
    const noon = new Date(`${fixedToday}T12:00:00Z`).getTime();
    const started = performance.now();
    return { now: () => new Date(noon + Math.floor(performance.now() - started)), today: () => fixedToday };
  }
  return { now: () => new Date(), today: () => todayInLondon() };
}
