import fixtures from 'govuk-frontend/dist/govuk/components/breadcrumbs/fixtures.json';
import { attrs, content, describeFixtures, type NjAttributes, type NjContent } from '../test-utils/fixtures.ts';
import { Breadcrumbs } from './Breadcrumbs.tsx';

interface NjBreadcrumbs {
  items: Array<NjContent & { href?: string; attributes?: NjAttributes }>;
  collapseOnMobile?: boolean;
  labelText?: string;
  classes?: string;
  attributes?: NjAttributes;
}

describeFixtures<NjBreadcrumbs>(
  fixtures,
  fixtures.fixtures.map((f) => f.name),
  (o) => (
    <Breadcrumbs
      items={o.items.map((item) => ({ text: content(item), href: item.href, attributes: attrs(item.attributes) }))}
      collapseOnMobile={o.collapseOnMobile}
      labelText={o.labelText}
      className={o.classes}
      attributes={attrs(o.attributes)}
    />
  ),
);
