import { render } from '@testing-library/react';
import fixtures from 'govuk-frontend/dist/govuk/components/error-summary/fixtures.json';
import { StrictMode } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { attrs, content, describeFixtures, markup, type NjAttributes, type NjContent } from '../test-utils/fixtures.ts';
import { enableGovukFrontendScripts } from '../test-utils/govuk-frontend-env.ts';
import { ErrorSummary } from './ErrorSummary.tsx';
import { Input } from './Input.tsx';

interface NjErrorSummary {
  titleText?: string;
  titleHtml?: string;
  descriptionText?: string;
  descriptionHtml?: string;
  errorList?: Array<NjContent & { href?: string; attributes?: NjAttributes }>;
  disableAutoFocus?: boolean;
  classes?: string;
  attributes?: NjAttributes;
}

describeFixtures<NjErrorSummary>(
  fixtures,
  fixtures.fixtures.map((f) => f.name),
  (o) => (
    <ErrorSummary
      title={markup(o.titleHtml) ?? o.titleText}
      description={markup(o.descriptionHtml) ?? o.descriptionText}
      errorList={o.errorList?.map((e) => ({ text: content(e), href: e.href, attributes: attrs(e.attributes) }))}
      disableAutoFocus={o.disableAutoFocus}
      className={o.classes}
      attributes={attrs(o.attributes)}
    />
  ),
);

describe('ErrorSummary behaviour (GOV.UK Frontend script running)', () => {
  beforeEach(enableGovukFrontendScripts);

  it('takes focus when it appears, once, under StrictMode', () => {
    const { container } = render(
      <StrictMode>
        <ErrorSummary errorList={[{ text: 'Enter the plan name', href: '#plan-name' }]} />
      </StrictMode>,
    );
    const summary = container.querySelector('.govuk-error-summary');
    expect(summary).not.toBeNull();
    expect(document.activeElement).toBe(summary);
    expect(summary?.hasAttribute('data-govuk-error-summary-init')).toBe(true);
  });

  it('defaults the title to "There is a problem"', () => {
    const { getByRole } = render(<ErrorSummary errorList={[{ text: 'Enter the plan name' }]} />);
    expect(getByRole('heading', { level: 2 }).textContent).toBe('There is a problem');
  });

  it('does not take focus when autofocus is disabled', () => {
    render(<ErrorSummary disableAutoFocus errorList={[{ text: 'Enter the plan name', href: '#plan-name' }]} />);
    expect(document.activeElement).toBe(document.body);
  });

  it('moves focus to the field when its link is followed', () => {
    const { getByRole, getByLabelText } = render(
      <>
        <ErrorSummary errorList={[{ text: 'Enter the plan name', href: '#plan-name' }]} />
        <Input name="plan-name" label={{ text: 'Plan name' }} errorMessage={{ text: 'Enter the plan name' }} />
      </>,
    );
    getByRole('link', { name: 'Enter the plan name' }).click();
    expect(document.activeElement).toBe(getByLabelText('Plan name'));
  });
});
