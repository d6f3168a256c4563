import type { ReactNode } from 'react';
import { useLinkComponent } from './link.tsx';
import { cx, type HtmlAttributes } from './shared.ts';

/** Props for `GenericHeader` (govukGenericHeader macro options, new in govuk-frontend 6). */
export interface GenericHeaderProps {
  /** Logo text or markup (`logoText`/`logoHtml`). */
  logo: ReactNode;
  /** Homepage link; defaults to `/`. */
  url?: string;
  /** Defaults to `govuk-width-container`. */
  containerClasses?: string;
  className?: string;
  attributes?: HtmlAttributes;
}

/** GOV.UK generic header: a plain, unbranded header with a homepage link (no GOV.UK crown). */
export function GenericHeader({ logo, url, containerClasses, className, attributes }: GenericHeaderProps) {
  const Link = useLinkComponent();
  return (
    <div className={cx('govuk-generic-header', className)} {...attributes}>
      <div className={cx('govuk-generic-header__container', containerClasses || 'govuk-width-container')}>
        <div className="govuk-generic-header__logo">
          <Link href={url || '/'} className="govuk-generic-header__homepage-link">
            {logo}
          </Link>
        </div>
      </div>
    </div>
  );
}
