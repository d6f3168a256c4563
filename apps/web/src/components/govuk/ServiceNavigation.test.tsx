import { render } from '@testing-library/react';
import fixtures from 'govuk-frontend/dist/govuk/components/service-navigation/fixtures.json';
import { StrictMode } from 'react';
import { expect, it } from 'vitest';
import { attrs, content, describeFixtures, markup, type NjAttributes, type NjContent } from '../test-utils/fixtures.ts';
import { enableGovukFrontendScripts } from '../test-utils/govuk-frontend-env.ts';
import { ServiceNavigation } from './ServiceNavigation.tsx';

interface NjServiceNavigation {
  serviceName?: string;
  serviceUrl?: string;
  navigation?: Array<
    (NjContent & { href?: string; active?: boolean; current?: boolean; attributes?: NjAttributes }) | null | false | ''
  >;
  collapseNavigationOnMobile?: boolean;
  menuButtonText?: string;
  menuButtonLabel?: string;
  navigationLabel?: string;
  navigationClasses?: string;
  navigationId?: string;
  ariaLabel?: string;
  slots?: {
    start?: string;
    end?: string | { html?: string; align?: 'inline' };
    navigationStart?: string;
    navigationEnd?: string;
  };
  classes?: string;
  attributes?: NjAttributes;
}

describeFixtures<NjServiceNavigation>(
  fixtures,
  fixtures.fixtures.map((f) => f.name),
  (o) => {
    const end = o.slots?.end;
    return (
      <ServiceNavigation
        serviceName={o.serviceName}
        serviceUrl={o.serviceUrl}
        navigation={o.navigation?.map((item) =>
          item
            ? {
                href: item.href,
                text: content(item),
                active: item.active,
                current: item.current,
                attributes: attrs(item.attributes),
              }
            : null,
        )}
        collapseNavigationOnMobile={o.collapseNavigationOnMobile}
        menuButtonText={o.menuButtonText}
        menuButtonLabel={o.menuButtonLabel}
        navigationLabel={o.navigationLabel}
        navigationClasses={o.navigationClasses}
        navigationId={o.navigationId}
        ariaLabel={o.ariaLabel}
        slots={
          o.slots && {
            start: markup(o.slots.start),
            end: markup(typeof end === 'string' ? end : end?.html),
            endAlign: typeof end === 'object' ? end.align : undefined,
            navigationStart: markup(o.slots.navigationStart),
            navigationEnd: markup(o.slots.navigationEnd),
          }
        }
        className={o.classes}
        attributes={attrs(o.attributes)}
      />
    );
  },
);

it('marks the current page with aria-current="page" and initialises the menu once under StrictMode', () => {
  enableGovukFrontendScripts();
  const { getByRole, container } = render(
    <StrictMode>
      <ServiceNavigation
        serviceName="Waypoint"
        serviceUrl="/"
        navigation={[
          { href: '/plans', text: 'Plans', current: true },
          { href: '/measures', text: 'Measures' },
        ]}
      />
    </StrictMode>,
  );
  expect(getByRole('link', { name: 'Plans' }).getAttribute('aria-current')).toBe('page');
  expect(getByRole('link', { name: 'Measures' }).hasAttribute('aria-current')).toBe(false);
  const root = container.querySelector('[data-module="govuk-service-navigation"]');
  expect(root?.hasAttribute('data-govuk-service-navigation-init')).toBe(true);
});
