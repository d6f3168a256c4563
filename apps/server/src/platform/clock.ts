import { type IsoDate, todayInLondon } from '@waypoint/calendar';

/** Where "now" comes from. Fixed in tests (and demos that want a frozen day), real otherwise. */
export interface Clock {
  now(): Date;
  /** Today's date in UK time. */
  today(): IsoDate;
}

/** The real clock, or a clock frozen on a given day (noon UK time) when `fixedToday` is set. */
export function createClock(fixedToday?: IsoDate): Clock {
  if (fixedToday) {
    const frozen = new Date(`${fixedToday}T12:00:00Z`);
    return { now: () => new Date(frozen.getTime() + (Date.now() % 1000)), today: () => fixedToday };
  }
  return { now: () => new Date(), today: () => todayInLondon() };
}
