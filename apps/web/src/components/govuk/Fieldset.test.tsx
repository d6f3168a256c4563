import fixtures from 'govuk-frontend/dist/govuk/components/fieldset/fixtures.json';
import { attrs, content, describeFixtures, markup, type NjAttributes, type NjContent } from '../test-utils/fixtures.ts';
import { Fieldset } from './Fieldset.tsx';

interface NjFieldset {
  legend?: NjContent & { classes?: string; isPageHeading?: boolean };
  describedBy?: string;
  role?: string;
  html?: string;
  classes?: string;
  attributes?: NjAttributes;
}

describeFixtures<NjFieldset>(
  fixtures,
  fixtures.fixtures.map((f) => f.name),
  (o) => (
    <Fieldset
      legend={
        o.legend && { text: content(o.legend), className: o.legend.classes, isPageHeading: o.legend.isPageHeading }
      }
      describedBy={o.describedBy}
      role={o.role}
      className={o.classes}
      attributes={attrs(o.attributes)}
    >
      {markup(o.html)}
    </Fieldset>
  ),
);
