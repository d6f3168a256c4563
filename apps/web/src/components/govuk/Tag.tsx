import type { ReactNode } from 'react';
import { cx, type HtmlAttributes } from './shared.ts';

/** GOV.UK tag colours (modifier classes `govuk-tag--<colour>`). */
export type TagColour =
  | 'grey'
  | 'green'
  | 'turquoise'
  | 'blue'
  | 'light-blue'
  | 'purple'
  | 'pink'
  | 'red'
  | 'orange'
  | 'yellow';

/** Props for `Tag` (govukTag macro options). */
export interface TagProps {
  /** Tag text or markup (`text`/`html`). */
  children: ReactNode;
  /** Shorthand for the `govuk-tag--<colour>` modifier class. */
  colour?: TagColour;
  className?: string;
  attributes?: HtmlAttributes;
}

/** GOV.UK tag: a short status label. Always words; colour is only a second channel. */
export function Tag({ children, colour, className, attributes }: TagProps) {
  return (
    <strong className={cx('govuk-tag', className, colour && `govuk-tag--${colour}`)} {...attributes}>
      {children}
    </strong>
  );
}
