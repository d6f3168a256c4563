import type { ReactNode } from 'react';
import { cx, type HtmlAttributes } from './shared.ts';

/** Props for `InsetText` (govukInsetText macro options). */
export interface InsetTextProps {
  /** Text or markup (`text`/`html`/caller). */
  children: ReactNode;
  id?: string;
  className?: string;
  attributes?: HtmlAttributes;
}

/** GOV.UK inset text: sets content apart from the text around it. */
export function InsetText({ children, id, className, attributes }: InsetTextProps) {
  return (
    <div id={id} className={cx('govuk-inset-text', className)} {...attributes}>
      {children}
    </div>
  );
}
