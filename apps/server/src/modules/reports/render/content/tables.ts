import type { ReportAction, ReportException, ReportMeasure, ReportModel } from '../../report-model.ts';
import { type Cell, cell, type Line, numberCell, type TableBlock, text } from '../blocks.ts';
import { formatDate, formatMonth, formatTimescale, formatValue, polarityText } from '../format.ts';
import {
  DELIVERY_COUNT_ROWS,
  DELIVERY_TONES,
  EXCEPTION_LABELS,
  EXCEPTION_ORDER,
  MEASURE_COUNT_ROWS,
  MEASURE_TONES,
} from './labels.ts';

/** Who a report is for: the public version never shows owner or author names. */
export type Audience = 'internal' | 'public';

/** A column of a table of items: header, relative width and how to fill a cell. */
interface Column<T> {
  head: string;
  width: number;
  numeric?: boolean;
  cell: (item: T, audience: Audience) => Cell;
}

/** Builds a table from a catalogue of columns; the first column heads each row. */
function tableOf<T>(
  caption: string,
  columns: ReadonlyArray<Column<T>>,
  items: readonly T[],
  audience: Audience,
): TableBlock {
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  return {
    type: 'table',
    caption,
    head: columns.map((c) => c.head),
    rows: items.map((item) => columns.map((c) => c.cell(item, audience))),
    rowHeaders: true,
    widths: columns.map((c) => Math.round((c.width / total) * 1000) / 10),
    numericColumns: columns.flatMap((c, i) => (c.numeric ? [i] : [])),
  };
}

/** The delivery RAG in words (as a tag) with its reason beside it. */
export function deliveryRatingLines(action: ReportAction): Line[] {
  const lines: Line[] = [[{ text: action.rag.text, tag: DELIVERY_TONES[action.rag.key] }]];
  if (action.ragReason) lines.push(text(action.ragReason));
  return lines;
}

/** The measure RAG in words (as a tag) with the distance to target beside it. */
export function measureRatingLines(measure: ReportMeasure): Line[] {
  const lines: Line[] = [[{ text: measure.rag.text, tag: MEASURE_TONES[measure.rag.key] }]];
  if (measure.distanceText) lines.push(text(measure.distanceText));
  else if (measure.rag.key !== 'none') lines.push([{ text: 'Distance to target not available', hint: true }]);
  return lines;
}

/** The baseline of a measure: as given, or the first value of its series with its month. */
export function baselineText(measure: ReportMeasure): string {
  if (measure.baselineText) return measure.baselineText;
  const first = measure.series.find((p) => p.value !== null);
  return first && first.value !== null
    ? `${formatValue(measure.unit, first.value)} (${formatMonth(first.date)})`
    : 'Not available';
}

/** Action columns, by name; each report kind picks the ones it shows. */
export const ACTION_COLUMNS = {
  reference: { head: 'Ref', width: 6, cell: (a) => cell(a.reference) },
  action: { head: 'Action', width: 24, cell: (a) => cell(a.title) },
  lead: {
    head: 'Lead',
    width: 13,
    cell: (a, audience) => {
      const lines: Line[] = [text(a.lead)];
      if (audience === 'internal' && a.owner && a.owner !== a.lead)
        lines.push([{ text: `Owner: ${a.owner}`, hint: true }]);
      return { lines };
    },
  },
  due: {
    head: 'Due',
    width: 10,
    cell: (a) => ({
      lines: a.overdue
        ? [text(formatDate(a.dueDate)), [{ text: 'Overdue', bold: true }]]
        : [text(formatDate(a.dueDate))],
    }),
  },
  timescale: { head: 'Timescale', width: 14, cell: (a) => cell(formatTimescale(a.startDate, a.dueDate)) },
  status: { head: 'Status', width: 9, cell: (a) => cell(a.statusText) },
  rating: { head: 'Delivery rating and reason', width: 14, cell: (a) => ({ lines: deliveryRatingLines(a) }) },
  progress: {
    head: 'Progress',
    width: 18,
    cell: (a) => ({ lines: [text(a.statusText), ...deliveryRatingLines(a)] }),
  },
  update: {
    head: 'Latest update',
    width: 24,
    cell: (a, audience) => {
      const u = a.latestUpdate;
      if (!u) return { lines: [[{ text: 'No update recorded', hint: true }]] };
      const lines: Line[] = [[{ text: formatDate(u.date), bold: true }], text(u.text)];
      if (audience === 'internal' && u.author) lines.push([{ text: `Update by ${u.author}`, hint: true }]);
      return { lines };
    },
  },
  success: { head: 'Success measures', width: 20, cell: (a) => cell(a.successMeasures ?? 'None recorded') },
} satisfies Record<string, Column<ReportAction>>;

/** Names of the action columns. */
export type ActionColumn = keyof typeof ACTION_COLUMNS;

/** A table of actions with the chosen columns. */
export function actionsTable(
  caption: string,
  actions: readonly ReportAction[],
  columns: readonly ActionColumn[],
  audience: Audience,
): TableBlock {
  return tableOf(
    caption,
    columns.map((c) => ACTION_COLUMNS[c]),
    actions,
    audience,
  );
}

/** Measure columns, by name. */
export const MEASURE_COLUMNS = {
  measure: { head: 'Measure', width: 20, cell: (m) => cell(m.title) },
  value: {
    head: 'Latest value',
    width: 13,
    cell: (m) => ({
      lines: [
        [{ text: m.valueText, bold: true }],
        ...(m.numeratorText ? [text(m.numeratorText)] : []),
        [{ text: m.periodText, hint: true }],
      ],
    }),
  },
  baseline: { head: 'Baseline', width: 13, cell: (m) => cell(baselineText(m)) },
  target: { head: 'Target', width: 11, cell: (m) => cell(m.targetText ?? 'No target set') },
  rating: { head: 'Rating and distance to target', width: 16, cell: (m) => ({ lines: measureRatingLines(m) }) },
  trend: {
    head: 'Direction and SPC reading',
    width: 17,
    cell: (m) => {
      const lines: Line[] = [];
      if (m.directionText) lines.push(text(m.directionText));
      lines.push(text(`SPC: ${m.spcSignal}`));
      if (m.targetWithinLimits === false) {
        lines.push([
          { text: 'Target lies outside the process limits: it needs a change in how the work is done.', hint: true },
        ]);
      }
      return { lines };
    },
  },
  comparators: {
    head: 'England and neighbours',
    width: 13,
    cell: (m) => {
      const lines: Line[] = [];
      if (m.englandText) lines.push(text(`England: ${m.englandText}`));
      if (m.neighboursText) lines.push(text(`Neighbours: ${m.neighboursText}`));
      return { lines: lines.length > 0 ? lines : [[{ text: 'No comparator', hint: true }]] };
    },
  },
} satisfies Record<string, Column<ReportMeasure>>;

/** Names of the measure columns. */
export type MeasureColumn = keyof typeof MEASURE_COLUMNS;

/** A table of measures with the chosen columns. */
export function measuresTable(
  caption: string,
  measures: readonly ReportMeasure[],
  columns: readonly MeasureColumn[],
  audience: Audience,
): TableBlock {
  return tableOf(
    caption,
    columns.map((c) => MEASURE_COLUMNS[c]),
    measures,
    audience,
  );
}

/**
 * Exceptions with what is being done about each. A reference that is a measure id of `measures` is shown as the
 * measure's title.
 */
export function exceptionsTable(
  caption: string,
  exceptions: readonly ReportException[],
  measures: readonly ReportMeasure[] = [],
): TableBlock {
  const titles = new Map(measures.map((m) => [m.id, m.title]));
  const sorted = [...exceptions].sort(
    (a, b) =>
      EXCEPTION_ORDER.indexOf(a.kind) - EXCEPTION_ORDER.indexOf(b.kind) || a.reference.localeCompare(b.reference),
  );
  const columns: Array<Column<ReportException>> = [
    { head: 'Action or measure', width: 14, cell: (e) => cell(titles.get(e.reference) ?? e.reference) },
    { head: 'Exception', width: 14, cell: (e) => ({ lines: [[{ text: EXCEPTION_LABELS[e.kind], bold: true }]] }) },
    { head: 'What has happened', width: 34, cell: (e) => cell(e.text) },
    {
      head: 'What is being done',
      width: 38,
      cell: (e) => (e.response ? cell(e.response) : { lines: [[{ text: 'No response recorded yet', hint: true }]] }),
    },
  ];
  return tableOf(caption, columns, sorted, 'internal');
}

/** Statutory and internal deadlines with the days left. */
export function deadlinesTable(model: ReportModel): TableBlock {
  return {
    type: 'table',
    caption: 'Deadlines',
    head: ['Deadline', 'Due', 'Time left'],
    rows: model.deadlines.map((d) => [cell(d.label), cell(formatDate(d.dueDate)), cell(d.remainingText)]),
    rowHeaders: true,
    widths: [50, 25, 25],
  };
}

/** Counts of actions by delivery rating, in words. */
export function deliveryCountsTable(model: ReportModel): TableBlock {
  const counts = model.summary.actions;
  return {
    type: 'table',
    caption: `Delivery of the ${counts.total} actions`,
    head: ['Delivery rating', 'Actions'],
    rows: [
      ...DELIVERY_COUNT_ROWS.map((row) => [
        { lines: [[{ text: row.label, tag: row.tone }]] },
        numberCell(counts[row.key]),
      ]),
      [{ lines: [[{ text: 'All actions', bold: true }]] }, numberCell(counts.total)],
    ],
    rowHeaders: true,
    widths: [75, 25],
    numericColumns: [1],
  };
}

/** Counts of measures by rating, in words. */
export function measureCountsTable(model: ReportModel): TableBlock {
  const counts = model.summary.measures;
  return {
    type: 'table',
    caption: `Position of the ${counts.total} success measures`,
    head: ['Measure rating', 'Measures'],
    rows: [
      ...MEASURE_COUNT_ROWS.map((row) => [
        { lines: [[{ text: row.label, tag: row.tone }]] },
        numberCell(counts[row.key]),
      ]),
      [{ lines: [[{ text: 'All measures', bold: true }]] }, numberCell(counts.total)],
    ],
    rowHeaders: true,
    widths: [75, 25],
    numericColumns: [1],
  };
}

/** The inspection's judgements. */
export function judgementsTable(model: ReportModel): TableBlock {
  return {
    type: 'table',
    caption: `Judgements: ${model.inspection.typeText}`,
    head: ['Judgement', 'Grade'],
    rows: model.inspection.judgements.map((j) => [cell(j.area), cell(j.grade)]),
    rowHeaders: true,
    widths: [55, 45],
  };
}

/** Committee recommendations with the response and status of each. */
export function recommendationsTable(model: ReportModel): TableBlock {
  return {
    type: 'table',
    caption: 'Recommendations and responses',
    head: ['Committee and meeting', 'Recommendation', 'Response', 'Status'],
    rows: (model.recommendations ?? []).map((r) => [
      cell(r.committee, formatDate(r.meetingDate)),
      cell(r.text),
      cell(r.response),
      cell(r.status),
    ]),
    rowHeaders: true,
    widths: [18, 32, 38, 12],
  };
}

/** Definitions of every measure in the report. */
export function definitionsTable(model: ReportModel): TableBlock {
  return {
    type: 'table',
    caption: 'Measure definitions',
    head: ['Measure', 'Definition', 'Which way is better', 'Source'],
    rows: model.appendix.map((m) => [
      cell(m.title),
      cell(m.definition),
      cell(polarityText(m.polarity)),
      cell(m.source),
    ]),
    rowHeaders: true,
    widths: [22, 44, 14, 20],
  };
}
