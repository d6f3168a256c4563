import fixtures from 'govuk-frontend/dist/govuk/components/hint/fixtures.json';
import { attrs, content, describeFixtures, type NjAttributes, type NjContent } from '../test-utils/fixtures.ts';
import { Hint } from './Hint.tsx';

interface NjHint extends NjContent {
  id?: string;
  classes?: string;
  attributes?: NjAttributes;
}

describeFixtures<NjHint>(
  fixtures,
  fixtures.fixtures.map((f) => f.name),
  (o) => (
    <Hint id={o.id} className={o.classes} attributes={attrs(o.attributes)}>
      {content(o)}
    </Hint>
  ),
);
