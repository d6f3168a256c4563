import type { ReactNode } from 'react';
import { cx, type HtmlAttributes } from './shared.ts';

/** Props for `ErrorMessage` (govukErrorMessage macro options). */
export interface ErrorMessageProps {
  /** Error text or markup (`text`/`html`). */
  children: ReactNode;
  id?: string;
  /** Prefix read by screen readers; defaults to "Error". An empty string removes it. */
  visuallyHiddenText?: string;
  className?: string;
  attributes?: HtmlAttributes;
}

/** GOV.UK inline error message for a field. */
export function ErrorMessage({ children, id, visuallyHiddenText = 'Error', className, attributes }: ErrorMessageProps) {
  return (
    <p id={id} className={cx('govuk-error-message', className)} {...attributes}>
      {visuallyHiddenText ? (
        <>
          <span className="govuk-visually-hidden">{visuallyHiddenText}:</span> {children}
        </>
      ) : (
        children
      )}
    </p>
  );
}
