const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Number of days in a month of a year (Gregorian calendar). */
function daysInMonth(year: number, month: number): number {
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29;
  return DAYS_IN_MONTH[month]!;
}

/** Value of the decimal digits text[from, to), or -1 when there is a non-digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}

/**
 * Converts a `dd/mm/yyyy` date (day and month may have one or two digits; the year must have four) to ISO
 * `YYYY-MM-DD`, or returns null when the text is not a real date in that form. An ISO date is returned as is.
 */
export function ukDateToIso(text: string): string | null {
  const n = text.length;
  if (n === 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
    const year = digits(text, 0, 4);
    const month = digits(text, 5, 7);
    const day = digits(text, 8, 10);
    return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? text : null;
  }
  if (n < 8 || n > 10) return null;
  const first = text.indexOf('/');
  const second = text.indexOf('/', first + 1);
  if (first < 1 || first > 2 || second - first < 2 || second - first > 3 || n - second !== 5) return null;
  const day = digits(text, 0, first);
  const month = digits(text, first + 1, second);
  const year = digits(text, second + 1, n);
  if (day < 1 || month < 1 || month > 12 || year < 0 || day > daysInMonth(year, month)) return null;
  return `${year < 1000 ? String(year).padStart(4, '0') : year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** True for a `DATE_PERM` value that uses ZZ for an unknown day, month or year (e.g. `ZZ/06/2015`). */
export function isPartialPermanenceDate(text: string): boolean {
  const m = /^(\d{1,2}|ZZ)\/(\d{1,2}|ZZ)\/(\d{4}|ZZZZ)$/.exec(text);
  if (!m || !text.includes('ZZ')) return false;
  const day = m[1]!;
  const month = m[2]!;
  if (month !== 'ZZ' && (Number(month) < 1 || Number(month) > 12)) return false;
  return day === 'ZZ' || (Number(day) >= 1 && Number(day) <= 31);
}
