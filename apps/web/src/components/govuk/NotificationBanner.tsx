import { NotificationBanner as NotificationBannerModule } from 'govuk-frontend';
import type { ReactNode } from 'react';
import { hasContent } from './Label.tsx';
import { cx, type HtmlAttributes } from './shared.ts';

import { useGovukModule } from './use-govuk-module.ts';

/** Props for `NotificationBanner` (govukNotificationBanner macro options). */
export interface NotificationBannerProps {
  /** `success` gives the green banner with `role="alert"`, focused when it appears. */
  type?: 'success';
  /** Title text or markup; defaults to "Success" or "Important". */
  title?: ReactNode;
  /** A single line of text, shown as the banner heading (`text`). */
  text?: ReactNode;
  /** Content placed as is (`html`/caller), for example a heading and a link. */
  children?: ReactNode;
  /** Defaults to `alert` for success, else `region`. */
  role?: string;
  /** Defaults to `govuk-notification-banner-title`. */
  titleId?: string;
  titleHeadingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  /** Do not focus a success banner when it appears. */
  disableAutoFocus?: boolean;
  className?: string;
  attributes?: HtmlAttributes;
}

/** GOV.UK notification banner: important information, or success after an action (focused, `role="alert"`). */
export function NotificationBanner(props: NotificationBannerProps) {
  const { type, title, text, children, disableAutoFocus, className, attributes } = props;
  const ref = useGovukModule<HTMLDivElement>(NotificationBannerModule, {
    disableAutoFocus: disableAutoFocus ?? false,
  });
  const success = type === 'success';
  const titleId = props.titleId || 'govuk-notification-banner-title';
  const Heading = `h${props.titleHeadingLevel ?? 2}` as const;
  return (
    // biome-ignore lint/a11y/useAriaPropsSupportedByRole: the role is region or alert, both named by aria-labelledby.
    <div
      ref={ref}
      className={cx('govuk-notification-banner', success && 'govuk-notification-banner--success', className)}
      role={props.role || (success ? 'alert' : 'region')}
      aria-labelledby={titleId}
      data-module="govuk-notification-banner"
      data-disable-auto-focus={disableAutoFocus === undefined ? undefined : String(disableAutoFocus)}
      {...attributes}
    >
      <div className="govuk-notification-banner__header">
        <Heading className="govuk-notification-banner__title" id={titleId}>
          {hasContent(title) ? title : success ? 'Success' : 'Important'}
        </Heading>
      </div>
      <div className="govuk-notification-banner__content">
        {hasContent(children)
          ? children
          : hasContent(text) && <p className="govuk-notification-banner__heading">{text}</p>}
      </div>
    </div>
  );
}
