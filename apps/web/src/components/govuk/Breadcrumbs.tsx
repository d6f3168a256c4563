import type { ReactNode } from 'react';
import { useLinkComponent } from './link.tsx';
import { cx, type HtmlAttributes } from './shared.ts';

/** One breadcrumb; without `href` it is the current page (`aria-current="page"`). */
export interface BreadcrumbItem {
  /** Text or markup (`text`/`html`). */
  text: ReactNode;
  href?: string;
  attributes?: HtmlAttributes;
}

/** Props for `Breadcrumbs` (govukBreadcrumbs macro options). */
export interface BreadcrumbsProps {
  items: readonly BreadcrumbItem[];
  /** Show only the last link on narrow screens. */
  collapseOnMobile?: boolean;
  /** The `<nav>` label; defaults to "Breadcrumb". */
  labelText?: string;
  className?: string;
  attributes?: HtmlAttributes;
}

/** GOV.UK breadcrumbs, placed before `<main>`. */
export function Breadcrumbs({ items, collapseOnMobile, labelText, className, attributes }: BreadcrumbsProps) {
  const Link = useLinkComponent();
  return (
    <nav
      className={cx('govuk-breadcrumbs', className, collapseOnMobile && 'govuk-breadcrumbs--collapse-on-mobile')}
      {...attributes}
      aria-label={labelText ?? 'Breadcrumb'}
    >
      <ol className="govuk-breadcrumbs__list">
        {items.map((item, index) =>
          item.href ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: breadcrumbs are a fixed, ordered trail.
            <li key={index} className="govuk-breadcrumbs__list-item">
              <Link className="govuk-breadcrumbs__link" href={item.href} {...item.attributes}>
                {item.text}
              </Link>
            </li>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: breadcrumbs are a fixed, ordered trail.
            <li key={index} className="govuk-breadcrumbs__list-item" aria-current="page">
              {item.text}
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
