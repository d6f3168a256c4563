import fixtures from 'govuk-frontend/dist/govuk/components/task-list/fixtures.json';
import { attrs, content, describeFixtures, type NjAttributes, type NjContent } from '../test-utils/fixtures.ts';
import { TaskList } from './TaskList.tsx';

interface NjTaskList {
  idPrefix?: string;
  items: Array<
    | {
        title: NjContent & { classes?: string };
        hint?: NjContent;
        status: NjContent & { tag?: NjContent & { classes?: string; attributes?: NjAttributes }; classes?: string };
        href?: string;
        classes?: string;
      }
    | null
    | false
    | ''
  >;
  classes?: string;
  attributes?: NjAttributes;
}

describeFixtures<NjTaskList>(
  fixtures,
  fixtures.fixtures.map((f) => f.name),
  (o) => (
    <TaskList
      idPrefix={o.idPrefix}
      items={o.items.map((item) =>
        item
          ? {
              title: { text: content(item.title), className: item.title.classes },
              hint: item.hint && { text: content(item.hint) },
              status: {
                text: content(item.status),
                tag: item.status.tag && {
                  children: content(item.status.tag),
                  className: item.status.tag.classes,
                  attributes: attrs(item.status.tag.attributes),
                },
                className: item.status.classes,
              },
              href: item.href,
              className: item.classes,
            }
          : null,
      )}
      className={o.classes}
      attributes={attrs(o.attributes)}
    />
  ),
);
