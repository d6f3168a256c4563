import fixtures from 'govuk-frontend/dist/govuk/components/panel/fixtures.json';
import { attrs, content, describeFixtures, markup, type NjAttributes, type NjContent } from '../test-utils/fixtures.ts';
import { Panel } from './Panel.tsx';

interface NjPanel extends NjContent {
  titleText?: string;
  titleHtml?: string;
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  actions?: {
    items?: Array<{
      text: string;
      href?: string;
      type?: 'button' | 'submit';
      classes?: string;
      attributes?: NjAttributes;
    }>;
    classes?: string;
    attributes?: NjAttributes;
  };
  classes?: string;
  attributes?: NjAttributes;
}

describeFixtures<NjPanel>(
  fixtures,
  fixtures.fixtures.map((f) => f.name),
  (o) => (
    <Panel
      title={markup(o.titleHtml) ?? o.titleText}
      headingLevel={o.headingLevel}
      actions={
        o.actions && {
          className: o.actions.classes,
          attributes: attrs(o.actions.attributes),
          items: o.actions.items?.map((a) => ({ ...a, className: a.classes, attributes: attrs(a.attributes) })),
        }
      }
      className={o.classes}
      attributes={attrs(o.attributes)}
    >
      {content(o)}
    </Panel>
  ),
);
