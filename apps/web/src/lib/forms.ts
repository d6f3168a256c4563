import { useState } from 'react';
import { ApiError } from '../api/client.ts';
import type { ErrorSummaryItem } from '../components/govuk/ErrorSummary.tsx';

/** Field id used in error-summary links: date inputs link to their day box. */
export type FieldIds = Readonly<Record<string, string>>;

/** Errors of a failed submit: the summary list, and the message for each field. */
export interface FormErrors {
  summary: ErrorSummaryItem[];
  fields: Record<string, string>;
  /** Bumped on every failed submit so the summary remounts and takes focus again. */
  attempt: number;
}

const EMPTY: FormErrors = { summary: [], fields: {}, attempt: 0 };

/** Converts an API error into GOV.UK error summary items and inline messages. */
export function toFormErrors(error: unknown, fieldIds: FieldIds = {}, attempt = 1): FormErrors {
  if (!(error instanceof ApiError)) {
    return { summary: [{ text: 'Something went wrong. Try again.' }], fields: {}, attempt };
  }
  const fields: Record<string, string> = {};
  const summary: ErrorSummaryItem[] = [];
  for (const d of error.details) {
    const field = d.field.split('.')[0] ?? '';
    if (field && !fields[field]) {
      fields[field] = d.message;
      summary.push({ text: d.message, href: `#${fieldIds[field] ?? field}` });
    }
  }
  if (summary.length === 0) summary.push({ text: error.message });
  return { summary, fields, attempt };
}

/** Form state: run a submit, keep its errors, and clear them on success. */
export function useFormSubmit<T>(fieldIds: FieldIds = {}) {
  const [errors, setErrors] = useState<FormErrors>(EMPTY);
  const [pending, setPending] = useState(false);
  async function submit(run: () => Promise<T>): Promise<T | undefined> {
    setPending(true);
    try {
      const result = await run();
      setErrors(EMPTY);
      return result;
    } catch (error) {
      setErrors((e) => toFormErrors(error, fieldIds, e.attempt + 1));
      return undefined;
    } finally {
      setPending(false);
    }
  }
  const message = (field: string) => (errors.fields[field] ? { text: errors.fields[field] } : undefined);
  return { errors, pending, submit, message, hasErrors: errors.summary.length > 0 };
}

/** Reads a GOV.UK date input (`<prefix>-day`, `-month`, `-year`) as `YYYY-MM-DD`, or '' when all boxes are empty. */
export function readDate(form: FormData, prefix: string): string {
  const day = String(form.get(`${prefix}-day`) ?? '').trim();
  const month = String(form.get(`${prefix}-month`) ?? '').trim();
  const year = String(form.get(`${prefix}-year`) ?? '').trim();
  if (!day && !month && !year) return '';
  return `${year.padStart(4, '0')}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** Splits `YYYY-MM-DD` into the default values of a date input whose names start with `prefix`. */
export function dateParts(iso: string | null | undefined, prefix: string): Record<string, string> {
  if (!iso) return {};
  const [year, month, day] = iso.split('-');
  return {
    [`${prefix}-day`]: String(Number(day)),
    [`${prefix}-month`]: String(Number(month)),
    [`${prefix}-year`]: year ?? '',
  };
}

/** A text field of a form, trimmed ('' when absent). */
export function text(form: FormData, name: string): string {
  return String(form.get(name) ?? '').trim();
}
