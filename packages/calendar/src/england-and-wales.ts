import table from '../data/england-and-wales-bank-holidays.json' with { type: 'json' };
import { type BankHolidayTable, WorkingDayCalendar } from './working-days.ts';

/** The England and Wales bank-holiday table shipped with Waypoint (see `data/README.md`). */
export const englandAndWalesBankHolidays: BankHolidayTable = table;

/** The England and Wales working-day calendar, built once and shared. */
export const englandAndWales = new WorkingDayCalendar(englandAndWalesBankHolidays);
