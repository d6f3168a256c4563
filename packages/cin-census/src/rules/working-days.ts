import { englandAndWales, fromEpochDay, type IsoDate, toEpochDay } from '@waypoint/calendar';

/**
 * The date `days` working days before `date` **in the DfE validator's convention**, used by 8569Q, 8670Q
 * and 8675Q so that results match DfE-style tools (spec §6.2–6.3).
 *
 * The validator subtracts `CustomBusinessDay(days − 1)` over England & Wales working days: a date that is not
 * a working day is first moved forward to the next working day, then `days − 1` working days are counted
 * back. Both the start day and the end day therefore count as working days ("inclusive"), so the threshold is
 * one working day later than Waypoint's own convention (`englandAndWales.elapsedWorkingDays`, where the start
 * is day 0 and "within 45 working days" means elapsed ≤ 45). Waypoint measures use the calendar package's
 * convention; only these rules use this one.
 */
export function validatorWorkingDaysBefore(date: IsoDate, days: number): IsoDate {
  const day = toEpochDay(date);
  const onOrAfter = englandAndWales.isWorkingDay(date) ? day : englandAndWales.addWorkingDaysToEpochDay(day, 1);
  return fromEpochDay(englandAndWales.addWorkingDaysToEpochDay(onOrAfter, -(days - 1)));
}
