import type { ReactNode } from 'react';
import { cx, type HtmlAttributes } from './shared.ts';

/** Props for `Details` (govukDetails macro options). */
export interface DetailsProps {
  /** The summary line (`summaryText`/`summaryHtml`). */
  summary: ReactNode;
  /** The revealed content (`text`/`html`/caller). */
  children: ReactNode;
  /** Open on first render. */
  open?: boolean;
  id?: string;
  className?: string;
  attributes?: HtmlAttributes;
}

/** GOV.UK details: a native `<details>` disclosure ("Show data as a table", help text). */
export function Details({ summary, children, open, id, className, attributes }: DetailsProps) {
  return (
    <details id={id} className={cx('govuk-details', className)} {...attributes} open={open || undefined}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text">{children}</div>
    </details>
  );
}
