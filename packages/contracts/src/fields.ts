import { z } from 'zod';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  if (!ISO.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** A required calendar date (`YYYY-MM-DD`), with a GOV.UK-style message naming the field. */
export function dateField(label: string) {
  return z
    .string({ error: `Enter ${label}` })
    .min(1, `Enter ${label}`)
    .refine(isRealDate, `${capitalise(label)} must be a real date`);
}

/** An optional date: empty string, null or missing means "not set". */
export function optionalDateField(label: string) {
  return nullableDateField(label)
    .optional()
    .transform((v) => v ?? null);
}

/** A date that may be cleared (empty string or null → null); for partial updates, wrap in `.optional()`. */
export function nullableDateField(label: string) {
  return z
    .union([z.literal(''), z.null(), z.string().refine(isRealDate, `${capitalise(label)} must be a real date`)])
    .transform((v) => (v === '' ? null : v));
}

/** Required text with a length limit. */
export function textField(label: string, max = 2000) {
  return z
    .string({ error: `Enter ${label}` })
    .trim()
    .min(1, `Enter ${label}`)
    .max(max, `${capitalise(label)} must be ${max} characters or fewer`);
}

/** Optional text (defaults to empty). */
export function optionalTextField(label: string, max = 10_000) {
  return boundedText(label, max).default('');
}

/** Text that may be empty, with a length limit and no default (for partial updates). */
export function boundedText(label: string, max = 10_000) {
  return z
    .string()
    .trim()
    .max(max, `${capitalise(label)} must be ${max} characters or fewer`);
}

/** A UUID identifying a record. */
export const idField = z.uuid({ error: 'Choose a valid record' });

function capitalise(s: string): string {
  const stripped = s.replace(/^(a|an|the) /, '');
  return stripped.charAt(0).toUpperCase() + stripped.slice(1);
}
