import { type ReactNode, useEffect, useRef } from 'react';
import { useMe } from './session.ts';

export interface AppPageProps {
  title: string;
  /** Text above the heading (GOV.UK caption), e.g. the plan name. */
  caption?: ReactNode;
  /** Prefixes the browser title with "Error: " after a failed submit (GOV.UK pattern). */
  hasErrors?: boolean;
  /** Content before the heading: back link, error summary, notification banner. */
  before?: ReactNode;
  children?: ReactNode;
  /** Use the full width (tables, dashboards) instead of two-thirds. */
  wide?: boolean;
}

/**
 * A page: sets the browser title ("Title – Waypoint – Council"), moves focus to the heading after client-side
 * navigation so screen readers announce the new page, and renders the heading with its caption.
 */
export function AppPage({ title, caption, hasErrors, before, children, wide = true }: AppPageProps) {
  const { data: me } = useMe();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${hasErrors ? 'Error: ' : ''}${title} – Waypoint${me ? ` – ${me.authority.name}` : ''}`;
  }, [title, hasErrors, me]);
  useEffect(() => {
    // Only after in-app navigation: on first load the browser's own focus handling is right.
    if (window.history.state && (window.history.state as { __TSR_index?: number }).__TSR_index)
      heading.current?.focus();
  }, []);
  return (
    <div className="govuk-grid-row">
      <div className={wide ? 'govuk-grid-column-full' : 'govuk-grid-column-two-thirds'}>
        {before}
        {caption && <span className="govuk-caption-l">{caption}</span>}
        <h1 className="govuk-heading-l" tabIndex={-1} ref={heading}>
          {title}
        </h1>
        {children}
      </div>
    </div>
  );
}
