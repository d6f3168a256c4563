import type { ReactNode } from 'react';
import { useLinkComponent } from './link.tsx';
import { cx, type HtmlAttributes } from './shared.ts';

/** The previous or next link. */
export interface PaginationLink {
  href: string;
  /** Link text or markup; defaults to "Previous page"/"Next page" (with "page" visually hidden). */
  text?: ReactNode;
  /** A label under the link in block mode, for example the title of the next page. */
  labelText?: string;
  attributes?: HtmlAttributes;
}

/** A numbered page link, or an ellipsis for skipped pages. */
export type PaginationItem =
  | {
      number: number | string;
      href: string;
      current?: boolean;
      /** Accessible name; defaults to "Page <number>". */
      visuallyHiddenText?: string;
      attributes?: HtmlAttributes;
    }
  | { ellipsis: true };

/** Props for `Pagination` (govukPagination macro options). */
export interface PaginationProps {
  items?: readonly PaginationItem[];
  previous?: PaginationLink;
  next?: PaginationLink;
  /** The `<nav>` label; defaults to "Pagination". */
  landmarkLabel?: string;
  className?: string;
  attributes?: HtmlAttributes;
}

function ArrowPrevious() {
  return (
    <svg
      className="govuk-pagination__icon govuk-pagination__icon--prev"
      xmlns="http://www.w3.org/2000/svg"
      height="13"
      width="15"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 15 13"
    >
      <path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z" />
    </svg>
  );
}

function ArrowNext() {
  return (
    <svg
      className="govuk-pagination__icon govuk-pagination__icon--next"
      xmlns="http://www.w3.org/2000/svg"
      height="13"
      width="15"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 15 13"
    >
      <path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z" />
    </svg>
  );
}

function ArrowLink({ link, type, blockLevel }: { link: PaginationLink; type: 'prev' | 'next'; blockLevel: boolean }) {
  const Link = useLinkComponent();
  const text =
    link.text !== undefined && link.text !== null && link.text !== '' ? (
      link.text
    ) : (
      <>
        {type === 'prev' ? 'Previous' : 'Next'}
        <span className="govuk-visually-hidden"> page</span>
      </>
    );
  const arrow = type === 'prev' ? <ArrowPrevious /> : <ArrowNext />;
  return (
    <div className={`govuk-pagination__${type}`}>
      <Link className="govuk-link govuk-pagination__link" href={link.href} rel={type} {...link.attributes}>
        {(blockLevel || type === 'prev') && arrow}
        <span
          className={cx(
            'govuk-pagination__link-title',
            blockLevel && !link.labelText && 'govuk-pagination__link-title--decorated',
          )}
        >
          {text}
        </span>
        {link.labelText && blockLevel && (
          <>
            <span className="govuk-visually-hidden">:</span>
            <span className="govuk-pagination__link-label">{link.labelText}</span>
          </>
        )}
        {!blockLevel && type === 'next' && arrow}
      </Link>
    </div>
  );
}

/** GOV.UK pagination: numbered pages, or previous/next links in block mode when there are no items. */
export function Pagination({ items, previous, next, landmarkLabel, className, attributes }: PaginationProps) {
  const Link = useLinkComponent();
  const blockLevel = !items && (previous !== undefined || next !== undefined);
  return (
    <nav
      className={cx('govuk-pagination', blockLevel && 'govuk-pagination--block', className)}
      aria-label={landmarkLabel || 'Pagination'}
      {...attributes}
    >
      {previous?.href && <ArrowLink link={previous} type="prev" blockLevel={blockLevel} />}
      {items && (
        <ul className="govuk-pagination__list">
          {items.map((item, index) =>
            'ellipsis' in item ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: an ellipsis has no identity but its position.
              <li key={`ellipsis-${index}`} className="govuk-pagination__item govuk-pagination__item--ellipsis">
                ⋯
              </li>
            ) : (
              <li
                key={item.href}
                className={cx('govuk-pagination__item', item.current && 'govuk-pagination__item--current')}
              >
                <Link
                  className="govuk-link govuk-pagination__link"
                  href={item.href}
                  aria-label={item.visuallyHiddenText ?? `Page ${item.number}`}
                  aria-current={item.current ? 'page' : undefined}
                  {...item.attributes}
                >
                  {item.number}
                </Link>
              </li>
            ),
          )}
        </ul>
      )}
      {next?.href && <ArrowLink link={next} type="next" blockLevel={blockLevel} />}
    </nav>
  );
}
