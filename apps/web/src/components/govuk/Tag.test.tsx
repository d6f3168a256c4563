import fixtures from 'govuk-frontend/dist/govuk/components/tag/fixtures.json';
import { attrs, content, describeFixtures, type NjAttributes, type NjContent } from '../test-utils/fixtures.ts';
import { Tag } from './Tag.tsx';

interface NjTag extends NjContent {
  classes?: string;
  attributes?: NjAttributes;
}

describeFixtures<NjTag>(
  fixtures,
  fixtures.fixtures.map((f) => f.name),
  (o) => (
    <Tag className={o.classes} attributes={attrs(o.attributes)}>
      {content(o)}
    </Tag>
  ),
);
