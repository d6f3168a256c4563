import type { ReactNode } from 'react';
import { hasContent } from './Label.tsx';
import { useLinkComponent } from './link.tsx';
import { cx, type HtmlAttributes } from './shared.ts';
import { Tag, type TagProps } from './Tag.tsx';

/** One task (Nunjucks task list item). */
export interface TaskListItem {
  title: { text: ReactNode; className?: string };
  hint?: { text: ReactNode };
  /** Either plain status text (`text`) or a `tag` for statuses that need attention. */
  status: { text?: ReactNode; tag?: TagProps; className?: string };
  /** Makes the whole row a link to the task. */
  href?: string;
  className?: string;
}

/** Props for `TaskList` (govukTaskList macro options). */
export interface TaskListProps {
  /** Empty entries are skipped but still count for ids, as upstream. */
  items: ReadonlyArray<TaskListItem | null | undefined | false>;
  /** Prefix for hint and status ids; defaults to `task-list`. */
  idPrefix?: string;
  className?: string;
  attributes?: HtmlAttributes;
}

/** GOV.UK task list: improvement-plan sections with their status. */
export function TaskList({ items, idPrefix = 'task-list', className, attributes }: TaskListProps) {
  const Link = useLinkComponent();
  return (
    <ul className={cx('govuk-task-list', className)} {...attributes}>
      {items.map((item, index) => {
        if (!item) return null;
        const hintId = `${idPrefix}-${index + 1}-hint`;
        const statusId = `${idPrefix}-${index + 1}-status`;
        const hasHint = item.hint !== undefined && hasContent(item.hint.text);
        return (
          <li
            key={hintId}
            className={cx('govuk-task-list__item', item.href && 'govuk-task-list__item--with-link', item.className)}
          >
            <div className="govuk-task-list__name-and-hint">
              {item.href ? (
                <Link
                  className={cx('govuk-link govuk-task-list__link', item.title.className)}
                  href={item.href}
                  aria-describedby={hasHint ? `${hintId} ${statusId}` : statusId}
                >
                  {item.title.text}
                </Link>
              ) : (
                <div className={item.title.className || undefined}>{item.title.text}</div>
              )}
              {hasHint && (
                <div id={hintId} className="govuk-task-list__hint">
                  {item.hint?.text}
                </div>
              )}
            </div>
            <div className={cx('govuk-task-list__status', item.status.className)} id={statusId}>
              {item.status.tag ? <Tag {...item.status.tag} /> : item.status.text}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
