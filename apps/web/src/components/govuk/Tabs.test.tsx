import { render } from '@testing-library/react';
import fixtures from 'govuk-frontend/dist/govuk/components/tabs/fixtures.json';
import { StrictMode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { attrs, describeFixtures, markup, type NjAttributes } from '../test-utils/fixtures.ts';
import { enableGovukFrontendScripts } from '../test-utils/govuk-frontend-env.ts';
import { Tabs } from './Tabs.tsx';

interface NjTabs {
  id?: string;
  idPrefix?: string;
  title?: string;
  items?: Array<
    | {
        id?: string;
        label: string;
        attributes?: NjAttributes;
        panel: { text?: string; html?: string; attributes?: NjAttributes };
      }
    | null
    | false
    | ''
  >;
  classes?: string;
  attributes?: NjAttributes;
}

describeFixtures<NjTabs>(
  fixtures,
  fixtures.fixtures.map((f) => f.name),
  (o) => (
    <Tabs
      id={o.id}
      idPrefix={o.idPrefix}
      title={o.title}
      items={(o.items ?? []).map((item) =>
        item
          ? {
              id: item.id,
              label: item.label,
              attributes: attrs(item.attributes),
              panel: {
                text: item.panel.text,
                content: markup(item.panel.html),
                attributes: attrs(item.panel.attributes),
              },
            }
          : null,
      )}
      className={o.classes}
      attributes={attrs(o.attributes)}
    />
  ),
);

describe('Tabs behaviour (GOV.UK Frontend script running)', () => {
  beforeEach(enableGovukFrontendScripts);

  it('initialises once under StrictMode and turns the links into tabs', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { container } = render(
      <StrictMode>
        <Tabs
          idPrefix="measure"
          items={[
            { label: 'Chart', panel: { text: 'Chart panel' } },
            { label: 'Table', panel: { text: 'Table panel' } },
          ]}
        />
      </StrictMode>,
    );
    const root = container.querySelector('.govuk-tabs');
    expect(root?.hasAttribute('data-govuk-tabs-init')).toBe(true);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    expect(container.querySelector('[role="tablist"]')).not.toBeNull();
    expect(container.querySelector('#measure-2')?.classList.contains('govuk-tabs__panel--hidden')).toBe(true);
  });
});
