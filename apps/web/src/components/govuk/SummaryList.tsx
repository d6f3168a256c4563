import type { ReactNode } from 'react';
import { useLinkComponent } from './link.tsx';
import { cx, type HtmlAttributes } from './shared.ts';

/** A "Change" style action link on a row or card. */
export interface SummaryListAction {
  href: string;
  /** Link text or markup (`text`/`html`), for example "Change". */
  text: ReactNode;
  /** Completes the link text for screen readers, for example "name". */
  visuallyHiddenText?: string;
  className?: string;
  attributes?: HtmlAttributes;
}

/** Actions for a row or card. */
export interface SummaryListActions {
  items?: readonly SummaryListAction[];
  className?: string;
}

/** One key–value row. */
export interface SummaryListRow {
  key: { text: ReactNode; className?: string };
  value: { text: ReactNode; className?: string };
  actions?: SummaryListActions;
  className?: string;
}

/** Wraps the list in a summary card with a title and card-level actions. */
export interface SummaryCard {
  title?: { text: ReactNode; headingLevel?: 1 | 2 | 3 | 4 | 5 | 6; className?: string };
  actions?: SummaryListActions;
  className?: string;
  attributes?: HtmlAttributes;
}

/** Props for `SummaryList` (govukSummaryList macro options). */
export interface SummaryListProps {
  /** Empty entries are skipped. */
  rows: ReadonlyArray<SummaryListRow | null | undefined | false>;
  card?: SummaryCard;
  className?: string;
  attributes?: HtmlAttributes;
}

function ActionLink({ action, cardTitle }: { action: SummaryListAction; cardTitle?: ReactNode }) {
  const Link = useLinkComponent();
  const hidden = action.visuallyHiddenText;
  const hasCardTitle = cardTitle !== undefined && cardTitle !== null && cardTitle !== '';
  return (
    <Link className={cx('govuk-link', action.className)} href={action.href} {...action.attributes}>
      {action.text}
      {(hidden || hasCardTitle) && (
        <span className="govuk-visually-hidden">
          {hidden && ` ${hidden}`}
          {hasCardTitle && (
            <>
              {' ('}
              {cardTitle}
              {')'}
            </>
          )}
        </span>
      )}
    </Link>
  );
}

/** GOV.UK summary list (check answers, record details), optionally as a summary card. */
export function SummaryList({ rows, card, className, attributes }: SummaryListProps) {
  const anyRowHasActions = rows.some((row) => row && (row.actions?.items?.length ?? 0) > 0);
  const cardTitle = card?.title?.text;
  const list = (
    <dl className={cx('govuk-summary-list', className)} {...attributes}>
      {rows.map((row, index) => {
        if (!row) return null;
        const actions = row.actions?.items ?? [];
        return (
          <div
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional.
            key={index}
            className={cx(
              'govuk-summary-list__row',
              anyRowHasActions && actions.length === 0 && 'govuk-summary-list__row--no-actions',
              row.className,
            )}
          >
            <dt className={cx('govuk-summary-list__key', row.key.className)}>{row.key.text}</dt>
            <dd className={cx('govuk-summary-list__value', row.value.className)}>{row.value.text}</dd>
            {actions.length > 0 && (
              <dd className={cx('govuk-summary-list__actions', row.actions?.className)}>
                {actions.length === 1 ? (
                  <ActionLink action={actions[0]!} cardTitle={cardTitle} />
                ) : (
                  <ul className="govuk-summary-list__actions-list">
                    {actions.map((action, index) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: actions may share an href.
                      <li key={index} className="govuk-summary-list__actions-list-item">
                        <ActionLink action={action} cardTitle={cardTitle} />
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            )}
          </div>
        );
      })}
    </dl>
  );
  if (!card) return list;
  const Heading = `h${card.title?.headingLevel ?? 2}` as const;
  const cardActions = card.actions?.items ?? [];
  return (
    <div className={cx('govuk-summary-card', card.className)} {...card.attributes}>
      <div className="govuk-summary-card__title-wrapper">
        {card.title && (
          <Heading className={cx('govuk-summary-card__title', card.title.className)}>{card.title.text}</Heading>
        )}
        {cardActions.length === 1 && (
          <div className={cx('govuk-summary-card__actions', card.actions?.className)}>
            <ActionLink action={cardActions[0]!} cardTitle={cardTitle} />
          </div>
        )}
        {cardActions.length > 1 && (
          <ul className={cx('govuk-summary-card__actions', card.actions?.className)}>
            {cardActions.map((action, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: actions may share an href.
              <li key={index} className="govuk-summary-card__action">
                <ActionLink action={action} cardTitle={cardTitle} />
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="govuk-summary-card__content">{list}</div>
    </div>
  );
}
