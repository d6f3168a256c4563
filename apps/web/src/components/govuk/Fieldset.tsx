import type { ReactNode } from 'react';
import { hasContent } from './Label.tsx';
import { cx, type HtmlAttributes } from './shared.ts';

/** The fieldset legend (Nunjucks `legend`). */
export interface LegendOptions {
  /** Legend text or markup (`text`/`html`). */
  text: ReactNode;
  /** For example `govuk-fieldset__legend--l`. */
  className?: string;
  /** Puts the legend text in `<h1 class="govuk-fieldset__heading">`. */
  isPageHeading?: boolean;
}

/** Props for `Fieldset` (govukFieldset macro options). */
export interface FieldsetProps {
  legend?: LegendOptions;
  /** Ids of hints and errors (`aria-describedby`). */
  describedBy?: string;
  role?: string;
  className?: string;
  attributes?: HtmlAttributes;
  children?: ReactNode;
}

/** GOV.UK fieldset with legend, grouping related inputs. */
export function Fieldset({ legend, describedBy, role, className, attributes, children }: FieldsetProps) {
  return (
    <fieldset className={cx('govuk-fieldset', className)} role={role} aria-describedby={describedBy} {...attributes}>
      {legend && hasContent(legend.text) && (
        <legend className={cx('govuk-fieldset__legend', legend.className)}>
          {legend.isPageHeading ? <h1 className="govuk-fieldset__heading">{legend.text}</h1> : legend.text}
        </legend>
      )}
      {children}
    </fieldset>
  );
}
