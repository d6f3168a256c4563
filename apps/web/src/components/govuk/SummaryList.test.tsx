import fixtures from 'govuk-frontend/dist/govuk/components/summary-list/fixtures.json';
import { attrs, content, describeFixtures, type NjAttributes, type NjContent } from '../test-utils/fixtures.ts';
import { SummaryList, type SummaryListActions } from './SummaryList.tsx';

interface NjActions {
  items?: Array<NjContent & { href: string; visuallyHiddenText?: string; classes?: string; attributes?: NjAttributes }>;
  classes?: string;
}

interface NjSummaryList {
  rows: Array<
    | {
        key: NjContent & { classes?: string };
        value: NjContent & { classes?: string };
        actions?: NjActions;
        classes?: string;
      }
    | null
    | false
    | ''
  >;
  card?: {
    title?: NjContent & { headingLevel?: 1 | 2 | 3 | 4 | 5 | 6; classes?: string };
    actions?: NjActions;
    classes?: string;
    attributes?: NjAttributes;
  };
  classes?: string;
  attributes?: NjAttributes;
}

function actions(a: NjActions | undefined): SummaryListActions | undefined {
  return (
    a && {
      className: a.classes,
      items: a.items?.map((i) => ({
        href: i.href,
        text: content(i),
        visuallyHiddenText: i.visuallyHiddenText,
        className: i.classes,
        attributes: attrs(i.attributes),
      })),
    }
  );
}

describeFixtures<NjSummaryList>(
  fixtures,
  fixtures.fixtures.map((f) => f.name),
  (o) => (
    <SummaryList
      rows={o.rows.map((row) =>
        row
          ? {
              key: { text: content(row.key), className: row.key.classes },
              value: { text: content(row.value), className: row.value.classes },
              actions: actions(row.actions),
              className: row.classes,
            }
          : null,
      )}
      card={
        o.card && {
          title: o.card.title && {
            text: content(o.card.title),
            headingLevel: o.card.title.headingLevel,
            className: o.card.title.classes,
          },
          actions: actions(o.card.actions),
          className: o.card.classes,
          attributes: attrs(o.card.attributes),
        }
      }
      className={o.classes}
      attributes={attrs(o.attributes)}
    />
  ),
);
