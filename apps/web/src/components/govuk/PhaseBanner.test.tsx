import fixtures from 'govuk-frontend/dist/govuk/components/phase-banner/fixtures.json';
import { attrs, content, describeFixtures, type NjAttributes, type NjContent } from '../test-utils/fixtures.ts';
import { PhaseBanner } from './PhaseBanner.tsx';

interface NjPhaseBanner extends NjContent {
  tag?: NjContent & { classes?: string };
  classes?: string;
  attributes?: NjAttributes;
}

describeFixtures<NjPhaseBanner>(
  fixtures,
  fixtures.fixtures.map((f) => f.name),
  (o) => (
    <PhaseBanner
      tag={{ children: content(o.tag), className: o.tag?.classes }}
      className={o.classes}
      attributes={attrs(o.attributes)}
    >
      {content(o)}
    </PhaseBanner>
  ),
);
