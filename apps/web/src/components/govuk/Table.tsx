import type { ReactNode } from 'react';
import { cx, type HtmlAttributes } from './shared.ts';

/** One table cell or column heading (Nunjucks `head`/`rows` item). */
export interface TableCell {
  /** Cell text or markup (`text`/`html`). */
  text: ReactNode;
  /** `numeric` right-aligns with tabular figures (`govuk-table__cell--numeric`). */
  format?: 'numeric';
  colspan?: number;
  rowspan?: number;
  className?: string;
  attributes?: HtmlAttributes;
}

/** Props for `Table` (govukTable macro options). */
export interface TableProps {
  /** Say what the table shows; every data table should have one. */
  caption?: ReactNode;
  /** For example `govuk-table__caption--m`. */
  captionClasses?: string;
  /** Column headings (`<th scope="col">`). */
  head?: readonly TableCell[];
  rows: ReadonlyArray<readonly TableCell[] | null | undefined>;
  /** Makes each row's first cell a row heading (`<th scope="row">`). */
  firstCellIsHeader?: boolean;
  className?: string;
  attributes?: HtmlAttributes;
}

/** GOV.UK table with caption, scoped headers and numeric columns. */
export function Table({ caption, captionClasses, head, rows, firstCellIsHeader, className, attributes }: TableProps) {
  return (
    <table className={cx('govuk-table', className)} {...attributes}>
      {caption !== undefined && caption !== null && caption !== '' && (
        <caption className={cx('govuk-table__caption', captionClasses)}>{caption}</caption>
      )}
      {head && (
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {head.map((cell, index) => (
              <th
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional.
                key={index}
                scope="col"
                className={cx(
                  'govuk-table__header',
                  cell.format && `govuk-table__header--${cell.format}`,
                  cell.className,
                )}
                colSpan={cell.colspan || undefined}
                rowSpan={cell.rowspan || undefined}
                {...cell.attributes}
              >
                {cell.text}
              </th>
            ))}
          </tr>
        </thead>
      )}
      <tbody className="govuk-table__body">
        {rows.map(
          (row, rowIndex) =>
            row && (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional; callers re-key by remounting.
              <tr key={rowIndex} className="govuk-table__row">
                {row.map((cell, index) =>
                  index === 0 && firstCellIsHeader ? (
                    <th
                      // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional.
                      key={index}
                      scope="row"
                      className={cx('govuk-table__header', cell.className)}
                      colSpan={cell.colspan || undefined}
                      rowSpan={cell.rowspan || undefined}
                      {...cell.attributes}
                    >
                      {cell.text}
                    </th>
                  ) : (
                    <td
                      // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional.
                      key={index}
                      className={cx(
                        'govuk-table__cell',
                        cell.format && `govuk-table__cell--${cell.format}`,
                        cell.className,
                      )}
                      colSpan={cell.colspan || undefined}
                      rowSpan={cell.rowspan || undefined}
                      {...cell.attributes}
                    >
                      {cell.text}
                    </td>
                  ),
                )}
              </tr>
            ),
        )}
      </tbody>
    </table>
  );
}
