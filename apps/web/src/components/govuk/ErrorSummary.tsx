import { ErrorSummary as ErrorSummaryModule } from 'govuk-frontend';
import type { ReactNode } from 'react';
import { hasContent } from './Label.tsx';
import { cx, type HtmlAttributes } from './shared.ts';
import { useGovukModule } from './use-govuk-module.ts';

/** One error: its message and the `#id` of the field it is about. */
export interface ErrorSummaryItem {
  /** Error text or markup (`text`/`html`); the same words as the inline error. */
  text: ReactNode;
  /** `#<field id>`; following it moves focus to the field and scrolls its label into view. */
  href?: string;
  attributes?: HtmlAttributes;
}

/** Props for `ErrorSummary` (govukErrorSummary macro options). */
export interface ErrorSummaryProps {
  /** Title text or markup; defaults to "There is a problem". */
  title?: ReactNode;
  /** Optional description text or markup (`descriptionText`/`descriptionHtml`/caller). */
  description?: ReactNode;
  errorList?: readonly ErrorSummaryItem[];
  /** Do not move focus to the summary when it appears. */
  disableAutoFocus?: boolean;
  className?: string;
  attributes?: HtmlAttributes;
}

/**
 * GOV.UK error summary, at the top of `<main>` after a failed submit. Its script focuses it on mount and makes its
 * links focus the field. To re-focus on a later failed submit, give it a new `key` so it mounts again.
 */
export function ErrorSummary({
  title = 'There is a problem',
  description,
  errorList = [],
  disableAutoFocus,
  className,
  attributes,
}: ErrorSummaryProps) {
  const ref = useGovukModule<HTMLDivElement>(ErrorSummaryModule, { disableAutoFocus: disableAutoFocus ?? false });
  return (
    <div
      ref={ref}
      className={cx('govuk-error-summary', className)}
      data-disable-auto-focus={disableAutoFocus === undefined ? undefined : String(disableAutoFocus)}
      {...attributes}
      data-module="govuk-error-summary"
    >
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          {hasContent(description) && <p>{description}</p>}
          {errorList.length > 0 && (
            <ul className="govuk-list govuk-error-summary__list">
              {errorList.map((item, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: two errors may share a field, so the href is not unique.
                <li key={index}>
                  {item.href ? (
                    <a href={item.href} {...item.attributes}>
                      {item.text}
                    </a>
                  ) : (
                    item.text
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}
