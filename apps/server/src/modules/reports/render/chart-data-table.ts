import type { ReportMeasure } from '../report-model.ts';
import type { Cell, TableBlock } from './blocks.ts';
import { formatCompactValue, formatMonth, formatValue, monthIndex, SHORT_MONTHS, unitAxisLabel } from './format.ts';

/** Marks a special-cause point in the data table (explained in the caption). */
export const SPECIAL_CAUSE_MARK = '◆';

/** The caption of a chart's data table: what the values are, SPC lines, target and trajectory, and the key. */
function caption(measure: ReportMeasure): string {
  const parts = [`Data for the chart "${measure.title}" (${unitAxisLabel(measure.unit).toLowerCase()}, by month end).`];
  const spc = measure.spc;
  if (spc) {
    parts.push(
      `Mean ${formatValue(measure.unit, spc.mean)}; process limits ${formatValue(measure.unit, spc.lower)} to ${formatValue(measure.unit, spc.upper)}.`,
    );
  }
  const target = measure.target;
  if (target) {
    const trajectory = [...target.trajectory]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((t) => `${formatMonth(t.date)} ${formatValue(measure.unit, t.value)}`);
    parts.push(`Target ${formatValue(measure.unit, target.value)} by ${formatMonth(target.date)}.`);
    if (trajectory.length > 0) parts.push(`Trajectory: ${trajectory.join(', ')}.`);
  }
  parts.push(`${SPECIAL_CAUSE_MARK} marks a special-cause point; – means no value for that month.`);
  return parts.join(' ');
}

/**
 * A measure's series as a compact table: one row per calendar year, one column per month. Always accompanies the chart
 * (HTML) or replaces it (DOCX without an image).
 */
export function chartDataTable(measure: ReportMeasure): TableBlock {
  const signals = new Set((measure.spc?.signalDates ?? []).map((d) => monthIndex(d)));
  const byYear = new Map<number, Array<string | undefined>>();
  for (const point of measure.series) {
    const m = monthIndex(point.date);
    if (m === null) continue;
    const year = Math.floor(m / 12);
    const row = byYear.get(year) ?? new Array<string | undefined>(12).fill(undefined);
    const value =
      point.value === null
        ? '–'
        : `${formatCompactValue(measure.unit, point.value)}${signals.has(m) ? ` ${SPECIAL_CAUSE_MARK}` : ''}`;
    row[m % 12] = value;
    byYear.set(year, row);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const rows: Cell[][] = years.map((year) => [
    { lines: [[{ text: String(year) }]] },
    ...byYear.get(year)!.map((v) => ({ lines: [[{ text: v ?? '' }]], numeric: true })),
  ]);
  return {
    type: 'table',
    caption: caption(measure),
    head: ['Year', ...SHORT_MONTHS],
    rows,
    rowHeaders: true,
    compact: true,
    numericColumns: SHORT_MONTHS.map((_, i) => i + 1),
    widths: [9.4, ...SHORT_MONTHS.map(() => 7.55)],
  };
}
