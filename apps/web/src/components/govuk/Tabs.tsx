import { Tabs as TabsModule } from 'govuk-frontend';
import type { ReactNode } from 'react';
import { hasContent } from './Label.tsx';
import { cx, type HtmlAttributes } from './shared.ts';
import { useGovukModule } from './use-govuk-module.ts';

/** One tab and its panel. */
export interface TabsItem {
  /** Panel id (the tab links to `#id`); defaults to `<idPrefix>-<n>`. */
  id?: string;
  /** The tab's label (plain text). */
  label: string;
  attributes?: HtmlAttributes;
  panel: {
    /** Panel text, wrapped in `<p class="govuk-body">` (`panel.text`). */
    text?: ReactNode;
    /** Panel content placed as is (`panel.html`); wins over `text`. */
    content?: ReactNode;
    attributes?: HtmlAttributes;
  };
}

/** Props for `Tabs` (govukTabs macro options). */
export interface TabsProps {
  /** Empty entries are skipped but still count for ids, as upstream. */
  items: ReadonlyArray<TabsItem | null | undefined | false>;
  /** Prefix for panel ids of items without `id`. */
  idPrefix?: string;
  /** Heading above the tab list when JavaScript is off; defaults to "Contents". */
  title?: string;
  id?: string;
  className?: string;
  attributes?: HtmlAttributes;
}

/** GOV.UK tabs; the script turns the list of links into tabs. Remount (new `key`) to change the items. */
export function Tabs({ items, idPrefix, title, id, className, attributes }: TabsProps) {
  const ref = useGovukModule<HTMLDivElement>(TabsModule);
  const panelId = (item: TabsItem, index: number) => item.id || `${idPrefix}-${index + 1}`;
  const present = items.some(Boolean);
  return (
    <div ref={ref} id={id} className={cx('govuk-tabs', className)} {...attributes} data-module="govuk-tabs">
      <h2 className="govuk-tabs__title">{title ?? 'Contents'}</h2>
      {present && (
        <ul className="govuk-tabs__list">
          {items.map(
            (item, index) =>
              item && (
                <li
                  key={panelId(item, index)}
                  className={cx('govuk-tabs__list-item', index === 0 && 'govuk-tabs__list-item--selected')}
                >
                  <a className="govuk-tabs__tab" href={`#${panelId(item, index)}`} {...item.attributes}>
                    {item.label}
                  </a>
                </li>
              ),
          )}
        </ul>
      )}
      {present &&
        items.map(
          (item, index) =>
            item && (
              <div
                key={panelId(item, index)}
                className={cx('govuk-tabs__panel', index > 0 && 'govuk-tabs__panel--hidden')}
                id={panelId(item, index)}
                {...item.panel.attributes}
              >
                {hasContent(item.panel.content)
                  ? item.panel.content
                  : hasContent(item.panel.text) && <p className="govuk-body">{item.panel.text}</p>}
              </div>
            ),
        )}
    </div>
  );
}
