import type { ReactNode } from 'react';
import { Button } from './Button.tsx';
import { hasContent } from './Label.tsx';
import { useLinkComponent } from './link.tsx';
import { cx, type HtmlAttributes } from './shared.ts';

/** An interruption panel action: a button, or a link when it has `href` and is not `type: 'button'`. */
export interface PanelAction {
  text: string;
  href?: string;
  type?: 'button' | 'submit';
  className?: string;
  attributes?: HtmlAttributes;
}

/** Props for `Panel` (govukPanel macro options). */
export interface PanelProps {
  /** Title text or markup (`titleText`/`titleHtml`). */
  title: ReactNode;
  /** Body text or markup (`text`/`html`/caller). */
  children?: ReactNode;
  /** Heading level of the title; defaults to 1. */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  /** Actions, only shown on interruption panels (`govuk-panel--interruption` in `className`). */
  actions?: { items?: readonly PanelAction[]; className?: string; attributes?: HtmlAttributes };
  className?: string;
  attributes?: HtmlAttributes;
}

/** GOV.UK panel: a confirmation (default) or, with `govuk-panel--interruption`, an interruption. */
export function Panel({ title, children, headingLevel = 1, actions, className, attributes }: PanelProps) {
  const Link = useLinkComponent();
  const isInterruption = className?.includes('govuk-panel--interruption') ?? false;
  const Heading = `h${headingLevel}` as const;
  const items = actions?.items ?? [];
  return (
    <div className={cx('govuk-panel', !isInterruption && 'govuk-panel--confirmation', className)} {...attributes}>
      <Heading className="govuk-panel__title">{title}</Heading>
      {hasContent(children) && <div className="govuk-panel__body">{children}</div>}
      {isInterruption && actions && (
        <div className={cx('govuk-panel__actions', actions.className)} {...actions.attributes}>
          {items.length > 0 && (
            <div className="govuk-button-group">
              {items.map((action) =>
                !action.href || action.type === 'button' ? (
                  <Button
                    key={action.text}
                    type={action.type ?? 'button'}
                    href={action.href}
                    className={cx('govuk-button--inverse', action.className)}
                    attributes={action.attributes}
                  >
                    {action.text}
                  </Button>
                ) : (
                  <Link
                    key={action.text}
                    className={cx('govuk-link govuk-link--inverse', action.className)}
                    href={action.href}
                    {...action.attributes}
                  >
                    {action.text}
                  </Link>
                ),
              )}
            </div>
          )}
        </div>
      )}
    </div>
  );
}
