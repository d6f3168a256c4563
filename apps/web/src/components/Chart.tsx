import { type ReactNode, useEffect, useId, useRef } from 'react';
import { Details } from './govuk/Details.tsx';
import { Table, type TableCell } from './govuk/Table.tsx';

/** One entry of a chart's key: a coloured line (solid or dashed) and its name. */
export interface ChartKeyEntry {
  label: string;
  colour: string;
  dashed?: boolean;
  /** Show a marker shape instead of a line, matching the shape drawn on the chart. */
  shape?: 'triangle' | 'circle';
}

/** The data behind a chart, shown as a GOV.UK table in "Show data as a table". */
export interface ChartTable {
  caption: string;
  head: readonly TableCell[];
  rows: ReadonlyArray<readonly TableCell[]>;
  /** Defaults to true: each row's first cell is its period or name. */
  firstCellIsHeader?: boolean;
}

/** Props for `Chart`. */
export interface ChartProps {
  /** States the message, not the subject: "Re-referrals fell below the England average in 2025". */
  title: string;
  /** Defaults to 2. */
  headingLevel?: 2 | 3 | 4;
  /** A sentence or two describing what the chart shows; shown and linked as the chart's description. */
  description?: ReactNode;
  /** Draws the SVG (typically `Plot.plot({ document, ... })`). Memoise it: the chart redraws when it changes. */
  draw: (document: Document) => Element;
  /** The same data as a table; always available. */
  table: ChartTable;
  /** An optional key, for lines that are not labelled directly. */
  chartKey?: readonly ChartKeyEntry[];
  /** Defaults to "Show data as a table". */
  tableSummary?: string;
}

/**
 * Accessible chart frame: a heading stating the message, a description, the SVG in a `role="img"` container named
 * by the heading and described by the description, and the data as a table behind a GOV.UK details. The chart has
 * no interactive parts, so there is nothing to trap keyboard focus.
 */
export function Chart({ title, headingLevel = 2, description, draw, table, chartKey, tableSummary }: ChartProps) {
  const id = useId();
  const descriptionId = `${id}-description`;
  const plotRef = useRef<HTMLDivElement>(null);
  const Heading = `h${headingLevel}` as const;

  useEffect(() => {
    const container = plotRef.current;
    if (!container) return;
    const svg = draw(container.ownerDocument);
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    container.replaceChildren(svg);
    return () => container.replaceChildren();
  }, [draw]);

  return (
    <div className="app-chart">
      <Heading className={headingLevel === 2 ? 'govuk-heading-m' : 'govuk-heading-s'}>{title}</Heading>
      {description !== undefined && (
        <p className="govuk-body" id={descriptionId}>
          {description}
        </p>
      )}
      {chartKey && chartKey.length > 0 && (
        <ul className="app-chart__legend">
          {chartKey.map((entry) => (
            <li key={entry.label}>
              {entry.shape ? (
                <span className="app-chart__shape" style={{ color: entry.colour }} aria-hidden="true">
                  {entry.shape === 'triangle' ? '▲' : '●'}
                </span>
              ) : (
                <span
                  className={`app-chart__key${entry.dashed ? ' app-chart__key--dashed' : ''}`}
                  style={{ color: entry.colour }}
                  aria-hidden="true"
                />
              )}
              {entry.label}
            </li>
          ))}
        </ul>
      )}
      <div
        className="app-chart__plot"
        role="img"
        aria-label={title}
        aria-describedby={description !== undefined ? descriptionId : undefined}
        ref={plotRef}
      />
      <Details summary={tableSummary ?? 'Show data as a table'}>
        <Table
          caption={table.caption}
          captionClasses="govuk-table__caption--s"
          head={table.head}
          rows={table.rows}
          firstCellIsHeader={table.firstCellIsHeader ?? true}
        />
      </Details>
    </div>
  );
}
