/** Small helpers shared by rule definitions. Keep them generic; rule logic lives in the rule files. */

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const MS_PER_DAY = 86_400_000;

/** Indices of the rows that match the predicate (empty when the table is absent). */
export function flagRows<R>(rows: readonly R[] | undefined, predicate: (row: R, index: number) => boolean): number[] {
  const out: number[] = [];
  if (!rows) return out;
  for (let i = 0; i < rows.length; i++) if (predicate(rows[i]!, i)) out.push(i);
  return out;
}

/** True when the value is a real ISO date (the reader converts valid dd/mm/yyyy dates to ISO). */
export function isDate(value: string): boolean {
  if (!ISO.test(value)) return false;
  const ms = Date.UTC(Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10)));
  return new Date(ms).toISOString().slice(0, 10) === value;
}

/** Epoch day of an ISO date, or null when the value is blank or not a real date. */
export function dayOf(value: string): number | null {
  if (!isDate(value)) return null;
  return Math.round(
    Date.UTC(Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10))) / MS_PER_DAY,
  );
}
