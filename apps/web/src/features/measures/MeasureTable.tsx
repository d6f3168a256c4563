import type { TableCell } from '../../components/govuk/Table.tsx';
import { Table } from '../../components/govuk/Table.tsx';
import {
  ComparatorValue,
  LatestValue,
  MeasureLink,
  MeasureRagTag,
  spcShort,
  TargetValue,
  TrendValue,
} from './MeasureParts.tsx';
import type { FigureFilter } from './search.ts';
import type { MeasureSummary } from './types.ts';

/** A column of a measure table: its heading and how a measure fills it. */
interface Column {
  id: MeasureColumn;
  head: string;
  cell: (view: MeasureSummary, options: { asOf?: string; filter?: FigureFilter; hideSmall: boolean }) => TableCell;
}

/** The columns a measure table can show. */
export type MeasureColumn = 'measure' | 'latest' | 'target' | 'rating' | 'trend' | 'spc' | 'comparators';

const COLUMNS: readonly Column[] = [
  {
    id: 'measure',
    head: 'Measure',
    cell: (v, o) => ({ text: <MeasureLink view={v} asOf={o.asOf} filter={o.filter} /> }),
  },
  { id: 'latest', head: 'Latest', cell: (v, o) => ({ text: <LatestValue view={v} hideSmall={o.hideSmall} /> }) },
  { id: 'target', head: 'Target', cell: (v) => ({ text: <TargetValue view={v} /> }) },
  { id: 'rating', head: 'Rating and distance to target', cell: (v) => ({ text: <MeasureRagTag view={v} /> }) },
  { id: 'trend', head: 'Trend (36 months)', cell: (v) => ({ text: <TrendValue view={v} /> }) },
  { id: 'spc', head: 'SPC reading', cell: (v) => ({ text: spcShort(v) }) },
  { id: 'comparators', head: 'England and neighbours', cell: (v) => ({ text: <ComparatorValue view={v} /> }) },
];

/** Every column, in scorecard order. */
export const ALL_MEASURE_COLUMNS: readonly MeasureColumn[] = COLUMNS.map((c) => c.id);

/** Props for `MeasureTable`. */
export interface MeasureTableProps {
  caption: string;
  measures: readonly MeasureSummary[];
  columns?: readonly MeasureColumn[];
  asOf?: string;
  /** The team or age band the figures are for, carried to each measure's page. */
  filter?: FigureFilter;
  /** True for read-only roles: hidden small counts read "fewer than 5". */
  hideSmall: boolean;
}

/** A GOV.UK table of measures: each row shows the value, target, rating with distance, trend, SPC and England. */
export function MeasureTable({
  caption,
  measures,
  columns = ALL_MEASURE_COLUMNS,
  asOf,
  filter,
  hideSmall,
}: MeasureTableProps) {
  const shown = COLUMNS.filter((c) => columns.includes(c.id));
  return (
    <Table
      caption={caption}
      captionClasses="govuk-visually-hidden"
      className="app-measure-table"
      firstCellIsHeader
      head={shown.map((c) => ({ text: c.head, className: `app-measure-col--${c.id}` }))}
      rows={measures.map((m) => shown.map((c) => c.cell(m, { asOf, filter, hideSmall })))}
    />
  );
}
