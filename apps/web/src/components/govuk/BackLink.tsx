import type { MouseEventHandler, ReactNode } from 'react';
import { useLinkComponent } from './link.tsx';
import { cx, type HtmlAttributes } from './shared.ts';

/** Props for `BackLink` (govukBackLink macro options). */
export interface BackLinkProps {
  /** Link text or markup; defaults to "Back". */
  children?: ReactNode;
  /** Defaults to `#`. */
  href?: string;
  className?: string;
  attributes?: HtmlAttributes;
  onClick?: MouseEventHandler<HTMLAnchorElement>;
}

/** GOV.UK back link, placed before `<main>`. */
export function BackLink({ children, href, className, attributes, onClick }: BackLinkProps) {
  const Link = useLinkComponent();
  return (
    <Link href={href || '#'} className={cx('govuk-back-link', className)} onClick={onClick} {...attributes}>
      {children || 'Back'}
    </Link>
  );
}
