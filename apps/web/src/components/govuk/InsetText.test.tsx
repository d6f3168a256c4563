import fixtures from 'govuk-frontend/dist/govuk/components/inset-text/fixtures.json';
import { attrs, content, describeFixtures, type NjAttributes, type NjContent } from '../test-utils/fixtures.ts';
import { InsetText } from './InsetText.tsx';

interface NjInsetText extends NjContent {
  id?: string;
  classes?: string;
  attributes?: NjAttributes;
}

describeFixtures<NjInsetText>(
  fixtures,
  fixtures.fixtures.map((f) => f.name),
  (o) => (
    <InsetText id={o.id} className={o.classes} attributes={attrs(o.attributes)}>
      {content(o)}
    </InsetText>
  ),
);
