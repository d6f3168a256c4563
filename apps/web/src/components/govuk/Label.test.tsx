import fixtures from 'govuk-frontend/dist/govuk/components/label/fixtures.json';
import { renderToStaticMarkup } from 'react-dom/server';
import { expect, it } from 'vitest';
import { attrs, content, describeFixtures, type NjAttributes, type NjContent } from '../test-utils/fixtures.ts';
import { Label } from './Label.tsx';

interface NjLabel extends NjContent {
  for?: string;
  classes?: string;
  isPageHeading?: boolean;
  attributes?: NjAttributes;
}

describeFixtures<NjLabel>(
  fixtures,
  fixtures.fixtures.map((f) => f.name),
  (o) => (
    <Label htmlFor={o.for} className={o.classes} isPageHeading={o.isPageHeading} attributes={attrs(o.attributes)}>
      {content(o)}
    </Label>
  ),
);

it('renders nothing without text, as upstream', () => {
  expect(renderToStaticMarkup(<Label htmlFor="x" />)).toBe('');
});
