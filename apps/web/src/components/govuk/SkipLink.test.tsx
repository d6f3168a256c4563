import fixtures from 'govuk-frontend/dist/govuk/components/skip-link/fixtures.json';
import { attrs, content, describeFixtures, type NjAttributes, type NjContent } from '../test-utils/fixtures.ts';
import { SkipLink } from './SkipLink.tsx';

interface NjSkipLink extends NjContent {
  href?: string;
  classes?: string;
  attributes?: NjAttributes;
}

describeFixtures<NjSkipLink>(
  fixtures,
  fixtures.fixtures.map((f) => f.name),
  (o) => (
    <SkipLink href={o.href} className={o.classes} attributes={attrs(o.attributes)}>
      {content(o)}
    </SkipLink>
  ),
);
