import { render } from '@testing-library/react';
import fixtures from 'govuk-frontend/dist/govuk/components/notification-banner/fixtures.json';
import { StrictMode } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { attrs, describeFixtures, markup, type NjAttributes } from '../test-utils/fixtures.ts';
import { enableGovukFrontendScripts } from '../test-utils/govuk-frontend-env.ts';
import { NotificationBanner } from './NotificationBanner.tsx';

interface NjNotificationBanner {
  type?: 'success';
  titleText?: string;
  titleHtml?: string;
  text?: string;
  html?: string;
  role?: string;
  titleId?: string;
  titleHeadingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  disableAutoFocus?: boolean;
  classes?: string;
  attributes?: NjAttributes;
}

describeFixtures<NjNotificationBanner>(
  fixtures,
  fixtures.fixtures.map((f) => f.name),
  (o) => (
    <NotificationBanner
      type={o.type}
      title={markup(o.titleHtml) ?? o.titleText}
      text={o.text}
      role={o.role}
      titleId={o.titleId}
      titleHeadingLevel={o.titleHeadingLevel}
      disableAutoFocus={o.disableAutoFocus}
      className={o.classes}
      attributes={attrs(o.attributes)}
    >
      {markup(o.html)}
    </NotificationBanner>
  ),
);

describe('NotificationBanner behaviour (GOV.UK Frontend script running)', () => {
  beforeEach(enableGovukFrontendScripts);

  it('a success banner is an alert and takes focus, once, under StrictMode', () => {
    const { getByRole } = render(
      <StrictMode>
        <NotificationBanner type="success" text="Plan version 3 published" />
      </StrictMode>,
    );
    const banner = getByRole('alert');
    expect(banner.textContent).toContain('Success');
    expect(banner.textContent).toContain('Plan version 3 published');
    expect(document.activeElement).toBe(banner);
  });

  it('an important banner is a region and does not take focus', () => {
    const { getByRole } = render(<NotificationBanner text="Data last imported 3 days ago" />);
    expect(getByRole('region', { name: 'Important' })).toBeDefined();
    expect(document.activeElement).toBe(document.body);
  });
});
