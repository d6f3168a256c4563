import { Accordion as AccordionModule } from 'govuk-frontend';
import type { ReactNode } from 'react';
import { hasContent } from './Label.tsx';
import { cx, type HtmlAttributes } from './shared.ts';
import { useGovukModule } from './use-govuk-module.ts';

/** One accordion section. */
export interface AccordionItem {
  /** Section heading text or markup (`heading.text`/`heading.html`). */
  heading: ReactNode;
  /** Optional summary line under the heading. */
  summary?: ReactNode;
  /** Section text, wrapped in `<p class="govuk-body">` (`content.text`). */
  text?: ReactNode;
  /** Section content placed as is (`content.html`); wins over `text`. */
  content?: ReactNode;
  /** Open on first render. */
  expanded?: boolean;
}

/** Props for `Accordion` (govukAccordion macro options). */
export interface AccordionProps {
  /** Unique id; section ids derive from it, and the script remembers open sections by it. */
  id: string;
  /** Empty entries are skipped but still count for ids, as upstream. */
  items: ReadonlyArray<AccordionItem | null | undefined | false>;
  /** Heading level of section headings; defaults to 2. */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  /** Whether the script remembers open sections in session storage (`data-remember-expanded`). */
  rememberExpanded?: boolean;
  className?: string;
  attributes?: HtmlAttributes;
}

/** GOV.UK accordion; the script adds the show/hide buttons. Remount (new `key`) to change the items. */
export function Accordion({ id, items, headingLevel = 2, rememberExpanded, className, attributes }: AccordionProps) {
  const ref = useGovukModule<HTMLDivElement>(AccordionModule);
  const Heading = `h${headingLevel}` as const;
  return (
    <div
      ref={ref}
      className={cx('govuk-accordion', className)}
      data-module="govuk-accordion"
      id={id}
      data-remember-expanded={rememberExpanded === undefined ? undefined : String(rememberExpanded)}
      {...attributes}
    >
      {items.map((item, index) => {
        if (!item) return null;
        const n = index + 1;
        return (
          <div
            key={`${id}-${n}`}
            className={cx('govuk-accordion__section', item.expanded && 'govuk-accordion__section--expanded')}
          >
            <div className="govuk-accordion__section-header">
              <Heading className="govuk-accordion__section-heading">
                <span className="govuk-accordion__section-button" id={`${id}-heading-${n}`}>
                  {item.heading}
                </span>
              </Heading>
              {hasContent(item.summary) && (
                <div className="govuk-accordion__section-summary govuk-body" id={`${id}-summary-${n}`}>
                  {item.summary}
                </div>
              )}
            </div>
            <div id={`${id}-content-${n}`} className="govuk-accordion__section-content">
              {hasContent(item.content)
                ? item.content
                : hasContent(item.text) && <p className="govuk-body">{item.text}</p>}
            </div>
          </div>
        );
      })}
    </div>
  );
}
