import { render } from '@testing-library/react';
import fixtures from 'govuk-frontend/dist/govuk/components/accordion/fixtures.json';
import { StrictMode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { attrs, content, describeFixtures, type NjAttributes, type NjContent } from '../test-utils/fixtures.ts';
import { enableGovukFrontendScripts } from '../test-utils/govuk-frontend-env.ts';
import { Accordion } from './Accordion.tsx';

interface NjAccordion {
  id: string;
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  rememberExpanded?: boolean;
  items: Array<
    { heading: NjContent; summary?: NjContent; content?: NjContent; expanded?: boolean } | false | null | ''
  >;
  classes?: string;
  attributes?: NjAttributes;
}

// Not covered: "with translations" (i18n data attributes; Waypoint is English only, so they are not offered).
describeFixtures<NjAccordion>(
  fixtures,
  fixtures.fixtures.map((f) => f.name).filter((name) => name !== 'with translations'),
  (o) => (
    <Accordion
      id={o.id}
      headingLevel={o.headingLevel}
      rememberExpanded={o.rememberExpanded}
      items={o.items.map((item) =>
        item
          ? {
              heading: content(item.heading),
              summary: content(item.summary),
              text: item.content?.html ? undefined : item.content?.text,
              content: item.content?.html ? content(item.content) : undefined,
              expanded: item.expanded,
            }
          : null,
      )}
      className={o.classes}
      attributes={attrs(o.attributes)}
    />
  ),
);

describe('Accordion behaviour (GOV.UK Frontend script running)', () => {
  beforeEach(enableGovukFrontendScripts);

  it('initialises once under StrictMode and adds the show/hide controls', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { container, getAllByRole } = render(
      <StrictMode>
        <Accordion
          id="plan-sections"
          items={[
            { heading: 'Leadership', text: 'Actions about leadership' },
            { heading: 'Practice', text: 'Actions about practice' },
          ]}
        />
      </StrictMode>,
    );
    expect(container.querySelector('.govuk-accordion')?.hasAttribute('data-govuk-accordion-init')).toBe(true);
    expect(getAllByRole('button').some((b) => b.textContent?.includes('Show all sections'))).toBe(true);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });
});
