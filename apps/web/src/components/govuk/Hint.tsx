import type { ReactNode } from 'react';
import { cx, type HtmlAttributes } from './shared.ts';

/** Props for `Hint` (govukHint macro options). */
export interface HintProps {
  /** Hint text or markup (`text`/`html`). */
  children: ReactNode;
  id?: string;
  className?: string;
  attributes?: HtmlAttributes;
}

/** GOV.UK hint text shown under a label or legend. */
export function Hint({ children, id, className, attributes }: HintProps) {
  return (
    <div id={id} className={cx('govuk-hint', className)} {...attributes}>
      {children}
    </div>
  );
}
