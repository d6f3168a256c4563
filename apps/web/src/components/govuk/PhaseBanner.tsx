import type { ReactNode } from 'react';
import { cx, type HtmlAttributes } from './shared.ts';
import { Tag, type TagProps } from './Tag.tsx';

/** Props for `PhaseBanner` (govukPhaseBanner macro options). */
export interface PhaseBannerProps {
  /** The phase tag, for example `{ children: 'Beta' }`. */
  tag: TagProps;
  /** Banner text or markup (`text`/`html`). */
  children: ReactNode;
  className?: string;
  attributes?: HtmlAttributes;
}

/** GOV.UK phase banner ("Beta – this is a new service"). */
export function PhaseBanner({ tag, children, className, attributes }: PhaseBannerProps) {
  return (
    <div className={cx('govuk-phase-banner govuk-width-container', className)} {...attributes}>
      <p className="govuk-phase-banner__content">
        <Tag {...tag} className={cx('govuk-phase-banner__content__tag', tag.className)} />
        <span className="govuk-phase-banner__text">{children}</span>
      </p>
    </div>
  );
}
