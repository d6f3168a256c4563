import type { ReactNode } from 'react';
import { cx, type HtmlAttributes } from './shared.ts';

/** Props for `WarningText` (govukWarningText macro options). */
export interface WarningTextProps {
  /** Warning text or markup (`text`/`html`). */
  children: ReactNode;
  /** Read before the warning by screen readers; defaults to "Warning". */
  iconFallbackText?: string;
  className?: string;
  attributes?: HtmlAttributes;
}

/** GOV.UK warning text with the "!" icon. */
export function WarningText({ children, iconFallbackText, className, attributes }: WarningTextProps) {
  return (
    <div className={cx('govuk-warning-text', className)} {...attributes}>
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">{iconFallbackText || 'Warning'}</span>
        {children}
      </strong>
    </div>
  );
}
