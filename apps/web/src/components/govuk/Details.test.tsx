import fixtures from 'govuk-frontend/dist/govuk/components/details/fixtures.json';
import { attrs, content, describeFixtures, markup, type NjAttributes, type NjContent } from '../test-utils/fixtures.ts';
import { Details } from './Details.tsx';

interface NjDetails extends NjContent {
  summaryText?: string;
  summaryHtml?: string;
  open?: boolean;
  id?: string;
  classes?: string;
  attributes?: NjAttributes;
}

describeFixtures<NjDetails>(
  fixtures,
  fixtures.fixtures.map((f) => f.name),
  (o) => (
    <Details
      summary={markup(o.summaryHtml) ?? o.summaryText}
      open={o.open}
      id={o.id}
      className={o.classes}
      attributes={attrs(o.attributes)}
    >
      {content(o)}
    </Details>
  ),
);
