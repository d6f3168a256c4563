import type { ReactNode, Ref } from 'react';
import { ErrorMessage } from './ErrorMessage.tsx';
import { Hint } from './Hint.tsx';
import { hasContent, Label } from './Label.tsx';
import { cx, type HtmlAttributes } from './shared.ts';

/** A field's label (Nunjucks `label`). */
export interface LabelOptions {
  /** Label text or markup (`text`/`html`). */
  text: ReactNode;
  /** For example `govuk-label--l`. */
  className?: string;
  /** Wraps the label in `<h1>` (one question per page). */
  isPageHeading?: boolean;
  attributes?: HtmlAttributes;
}

/** A field's hint (Nunjucks `hint`). */
export interface HintOptions {
  /** Hint text or markup (`text`/`html`). */
  text: ReactNode;
  className?: string;
  attributes?: HtmlAttributes;
}

/** A field's error (Nunjucks `errorMessage`); its presence marks the field as in error. */
export interface ErrorMessageOptions {
  /** Error text or markup (`text`/`html`); the same words as in the error summary. */
  text: ReactNode;
  /** Defaults to "Error"; an empty string removes the prefix. */
  visuallyHiddenText?: string;
  className?: string;
  attributes?: HtmlAttributes;
}

/** The form group wrapper (Nunjucks `formGroup`). */
export interface FormGroupOptions {
  className?: string;
  attributes?: HtmlAttributes;
  /** Content before the control (`beforeInput`, or `beforeInputs` for grouped controls). */
  beforeInput?: ReactNode;
  /** Content after the control (`afterInput`/`afterInputs`). */
  afterInput?: ReactNode;
}

/** The fieldset around grouped controls (Nunjucks `fieldset`). */
export interface FieldsetOptions {
  legend?: { text: ReactNode; className?: string; isPageHeading?: boolean };
  /** Extra ids for `aria-describedby`, before the hint and error ids. */
  describedBy?: string;
  className?: string;
  attributes?: HtmlAttributes;
}

/** `<div class="govuk-form-group">`, with the error modifier when the field has an error. */
export function FormGroup({
  hasError,
  options,
  children,
  ref,
}: {
  hasError: boolean;
  options?: FormGroupOptions;
  children: ReactNode;
  ref?: Ref<HTMLDivElement>;
}) {
  return (
    <div
      ref={ref}
      className={cx('govuk-form-group', hasError && 'govuk-form-group--error', options?.className)}
      {...options?.attributes}
    >
      {children}
    </div>
  );
}

/** The label of a single control, `for` its id. */
export function FieldLabel({ label, htmlFor }: { label: LabelOptions | undefined; htmlFor: string }) {
  if (!label) return null;
  return (
    <Label
      htmlFor={htmlFor}
      className={label.className}
      isPageHeading={label.isPageHeading}
      attributes={label.attributes}
    >
      {label.text}
    </Label>
  );
}

/** The hint, with the id the control's `aria-describedby` points at. */
export function FieldHint({ hint, id }: { hint: HintOptions | undefined; id: string }) {
  if (!hint) return null;
  return (
    <Hint id={id} className={hint.className} attributes={hint.attributes}>
      {hint.text}
    </Hint>
  );
}

/** The inline error, with the id the control's `aria-describedby` points at. */
export function FieldError({ error, id }: { error: ErrorMessageOptions | false | null | undefined; id: string }) {
  if (!error) return null;
  return (
    <ErrorMessage
      id={id}
      className={error.className}
      attributes={error.attributes}
      visuallyHiddenText={error.visuallyHiddenText}
    >
      {error.text}
    </ErrorMessage>
  );
}

/** Renders optional before/after content only when there is some. */
export function Slot({ content }: { content: ReactNode }) {
  return hasContent(content) ? content : null;
}
