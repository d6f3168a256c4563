import { ServiceNavigation as ServiceNavigationModule } from 'govuk-frontend';
import type { ReactNode } from 'react';
import { hasContent } from './Label.tsx';
import { useLinkComponent } from './link.tsx';
import { cx, type HtmlAttributes } from './shared.ts';
import { useGovukModule } from './use-govuk-module.ts';

/** One navigation item. `current` marks the page shown (`aria-current="page"`); `active` a section (`"true"`). */
export interface ServiceNavigationItem {
  /** Without `href` the item is plain text. */
  href?: string;
  /** Text or markup (`text`/`html`). */
  text: ReactNode;
  current?: boolean;
  active?: boolean;
  attributes?: HtmlAttributes;
}

/** Props for `ServiceNavigation` (govukServiceNavigation macro options). */
export interface ServiceNavigationProps {
  serviceName?: string;
  serviceUrl?: string;
  /** Empty entries are skipped. */
  navigation?: ReadonlyArray<ServiceNavigationItem | null | undefined | false>;
  /** Collapse behind a "Menu" button on narrow screens; defaults to true when there is more than one item. */
  collapseNavigationOnMobile?: boolean;
  /** Defaults to "Menu". */
  menuButtonText?: string;
  menuButtonLabel?: string;
  /** The `<nav>` label; defaults to the menu button text. */
  navigationLabel?: string;
  navigationClasses?: string;
  /** Defaults to `navigation`. */
  navigationId?: string;
  /** The `<section>` label when there is a service name; defaults to "Service information". */
  ariaLabel?: string;
  slots?: {
    start?: ReactNode;
    /** Content at the end, for example the signed-in user and "Sign out". */
    end?: ReactNode;
    /** Puts the end slot on the same line as the navigation. */
    endAlign?: 'inline';
    navigationStart?: ReactNode;
    navigationEnd?: ReactNode;
  };
  className?: string;
  attributes?: HtmlAttributes;
}

/** GOV.UK service navigation: the service name and main sections; its script runs the mobile "Menu" toggle. */
export function ServiceNavigation(props: ServiceNavigationProps) {
  const { serviceName, serviceUrl, slots = {}, className, attributes } = props;
  const Link = useLinkComponent();
  const menuButtonText = props.menuButtonText || 'Menu';
  const navigationId = props.navigationId || 'navigation';
  const items = (props.navigation ?? []).filter((item): item is ServiceNavigationItem => Boolean(item));
  const collapse = props.collapseNavigationOnMobile ?? items.length > 1;
  const endInline = slots.endAlign === 'inline';
  const hasNav = items.length > 0 || hasContent(slots.navigationStart) || hasContent(slots.navigationEnd);
  const isSection = Boolean(serviceName) || hasContent(slots.start) || hasContent(slots.end);
  const sectionRef = useGovukModule<HTMLElement>(ServiceNavigationModule);
  const divRef = useGovukModule<HTMLDivElement>(ServiceNavigationModule);
  const inner = (
    <div className={cx('govuk-width-container', endInline && 'govuk-service-navigation__inlining-container')}>
      {slots.start}
      <div className="govuk-service-navigation__container">
        {serviceName && (
          <span className="govuk-service-navigation__service-name">
            {serviceUrl ? (
              <Link href={serviceUrl} className="govuk-service-navigation__link">
                {serviceName}
              </Link>
            ) : (
              <span className="govuk-service-navigation__text">{serviceName}</span>
            )}
          </span>
        )}
        {hasNav && (
          <nav
            aria-label={props.navigationLabel || menuButtonText}
            className={cx('govuk-service-navigation__wrapper', props.navigationClasses)}
          >
            {collapse && (
              // biome-ignore lint/a11y/noAriaHiddenOnFocusable: the button is `hidden` until the script shows it and removes aria-hidden, as upstream.
              <button
                type="button"
                className="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"
                aria-controls={navigationId}
                aria-label={
                  props.menuButtonLabel && props.menuButtonLabel !== menuButtonText ? props.menuButtonLabel : undefined
                }
                hidden
                aria-hidden="true"
              >
                {menuButtonText}
              </button>
            )}
            <ul className="govuk-service-navigation__list" id={navigationId}>
              {slots.navigationStart}
              {items.map((item, index) => {
                const highlighted = Boolean(item.active || item.current);
                const inner = highlighted ? (
                  <strong className="govuk-service-navigation__active-fallback">{item.text}</strong>
                ) : (
                  item.text
                );
                const ariaCurrent = highlighted ? (item.current ? 'page' : 'true') : undefined;
                return (
                  <li
                    // biome-ignore lint/suspicious/noArrayIndexKey: items without href have no other identity.
                    key={index}
                    className={cx(
                      'govuk-service-navigation__item',
                      highlighted && 'govuk-service-navigation__item--active',
                    )}
                  >
                    {item.href ? (
                      <Link
                        className="govuk-service-navigation__link"
                        href={item.href}
                        aria-current={ariaCurrent}
                        {...item.attributes}
                      >
                        {inner}
                      </Link>
                    ) : (
                      hasContent(item.text) && (
                        <span className="govuk-service-navigation__text" aria-current={ariaCurrent}>
                          {inner}
                        </span>
                      )
                    )}
                  </li>
                );
              })}
              {slots.navigationEnd}
            </ul>
          </nav>
        )}
      </div>
      {slots.end}
    </div>
  );
  const rootClass = cx('govuk-service-navigation', className);
  return isSection ? (
    <section
      ref={sectionRef}
      aria-label={props.ariaLabel ?? 'Service information'}
      className={rootClass}
      data-module="govuk-service-navigation"
      {...attributes}
    >
      {inner}
    </section>
  ) : (
    <div ref={divRef} className={rootClass} data-module="govuk-service-navigation" {...attributes}>
      {inner}
    </div>
  );
}
