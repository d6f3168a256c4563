/**
 * Dates as whole days since 1970-01-01 ("days") inside the generator: exact, fast and easy to compare. ISO
 * strings appear only at the edges (stories and files).
 */
import { dayOf } from '../rules/helpers.ts';

/** Days since 1970-01-01 of an ISO date (throws for anything else: the generator only builds real dates). */
export function day(iso: string): number {
  const d = dayOf(iso);
  if (d === null) throw new Error(`Internal error: "${iso}" is not an ISO date.`);
  return d;
}

/** ISO date of a day number (proleptic Gregorian calendar, after H. Hinnant's civil_from_days). */
export function iso(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** `dd/mm/yyyy` of an ISO date, as the 903 files write dates (anything else, '' included, is kept as is). */
export function ukDate(isoDate: string): string {
  if (isoDate.length !== 10 || isoDate.charCodeAt(4) !== 45 || isoDate.charCodeAt(7) !== 45) return isoDate;
  return `${isoDate.slice(8, 10)}/${isoDate.slice(5, 7)}/${isoDate.slice(0, 4)}`;
}

/** The nth birthday of a child born on `dob` (a day number); 29 February falls on 28 February in other years. */
export function birthday(dob: number, years: number): number {
  const born = iso(dob);
  const year = Number(born.slice(0, 4)) + years;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const monthDay = !leap && born.endsWith('-02-29') ? '-02-28' : born.slice(4);
  return day(`${String(year).padStart(4, '0')}${monthDay}`);
}

/** Whole years of age on a day (birthdays as {@link birthday} places them). */
export function ageOn(dob: number, on: number): number {
  let years = Math.floor((on - dob) / 365.25);
  while (years > 0 && birthday(dob, years) > on) years--;
  while (birthday(dob, years + 1) <= on) years++;
  return years;
}

/** First day (1 April) of the collection year that ends on 31 March of `year`. */
export const yearStart = (year: number): number => day(`${year - 1}-04-01`);

/** Last day (31 March) of the collection year `year`. */
export const yearEnd = (year: number): number => day(`${year}-03-31`);
