import type { ReactNode } from 'react';
import { cx, type HtmlAttributes } from './shared.ts';

/** Props for `Label` (govukLabel macro options). */
export interface LabelProps {
  /** Label text or markup (`text`/`html`). Nothing renders when empty. */
  children?: ReactNode;
  /** The id of the field it labels (`for`). */
  htmlFor?: string;
  /** Wraps the label in `<h1 class="govuk-label-wrapper">` (one question per page). */
  isPageHeading?: boolean;
  className?: string;
  attributes?: HtmlAttributes;
}

/** GOV.UK form label, optionally as the page heading. */
export function Label({ children, htmlFor, isPageHeading, className, attributes }: LabelProps) {
  if (!hasContent(children)) return null;
  const label = (
    <label className={cx('govuk-label', className)} {...attributes} htmlFor={htmlFor}>
      {children}
    </label>
  );
  return isPageHeading ? <h1 className="govuk-label-wrapper">{label}</h1> : label;
}

/** True when a React node would render something (not null, undefined, false or an empty string). */
export function hasContent(node: ReactNode): boolean {
  return node !== undefined && node !== null && node !== false && node !== '';
}
