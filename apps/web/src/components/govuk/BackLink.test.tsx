import fixtures from 'govuk-frontend/dist/govuk/components/back-link/fixtures.json';
import { attrs, content, describeFixtures, type NjAttributes, type NjContent } from '../test-utils/fixtures.ts';
import { BackLink } from './BackLink.tsx';

interface NjBackLink extends NjContent {
  href?: string;
  classes?: string;
  attributes?: NjAttributes;
}

describeFixtures<NjBackLink>(
  fixtures,
  fixtures.fixtures.map((f) => f.name),
  (o) => (
    <BackLink href={o.href} className={o.classes} attributes={attrs(o.attributes)}>
      {content(o)}
    </BackLink>
  ),
);
