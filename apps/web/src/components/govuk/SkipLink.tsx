import { SkipLink as SkipLinkModule } from 'govuk-frontend';
import type { ReactNode } from 'react';
import { cx, type HtmlAttributes } from './shared.ts';
import { useGovukModule } from './use-govuk-module.ts';

/** Props for `SkipLink` (govukSkipLink macro options). */
export interface SkipLinkProps {
  /** Link text or markup, for example "Skip to main content". */
  children: ReactNode;
  /** The target's fragment; defaults to `#content`. */
  href?: string;
  className?: string;
  attributes?: HtmlAttributes;
}

/** GOV.UK skip link: the first focusable element; its script focuses the target (`<main>`) when followed. */
export function SkipLink({ children, href, className, attributes }: SkipLinkProps) {
  const ref = useGovukModule<HTMLAnchorElement>(SkipLinkModule);
  return (
    <a
      ref={ref}
      href={href || '#content'}
      className={cx('govuk-skip-link', className)}
      {...attributes}
      data-module="govuk-skip-link"
    >
      {children}
    </a>
  );
}
