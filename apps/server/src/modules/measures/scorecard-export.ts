import type { Cell, Sheet } from '../../platform/spreadsheet.ts';
import type { MeasureView } from './measure-view.ts';

/** The scorecard as `scorecard` returns it, as far as a spreadsheet needs it. */
interface ScorecardForExport {
  asOf: string;
  measures: readonly MeasureView[];
  planAreas: ReadonlyArray<{ reference: string; measureIds: readonly string[] }>;
}

/** One measure as a spreadsheet row: the columns of the CLI's JSON and of the scorecard downloads. */
export interface ScorecardRow {
  id: string;
  title: string;
  service_area: string;
  plan_areas: string | null;
  period: string | null;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  value_text: string | null;
  unit: string;
  target: number | null;
  target_date: string | null;
  target_note: string | null;
  rag: string;
  distance: string | null;
  direction: string;
  spc_signal: string | null;
  england: number | null;
  england_year: string | null;
  neighbours: number | null;
  status: string;
  no_data_reason: string | null;
}

/**
 * Every measure of a scorecard as a row. A value hidden from a read-only user (a count from 1 to 4) is blank with
 * the text "fewer than 5".
 */
export function scorecardRows(card: ScorecardForExport): ScorecardRow[] {
  const areasOf = new Map<string, string[]>();
  for (const area of card.planAreas)
    for (const id of area.measureIds) areasOf.set(id, [...(areasOf.get(id) ?? []), area.reference]);
  return card.measures.map((m) => {
    const value = m.latest && Number.isFinite(m.latest.value) ? m.latest.value : null;
    return {
      id: m.id,
      title: m.title,
      service_area: m.serviceArea,
      plan_areas: areasOf.get(m.id)?.join(' ') ?? null,
      period: m.latest?.month ?? null,
      numerator: m.latest?.numerator ?? null,
      denominator: m.latest?.denominator ?? null,
      value,
      value_text: m.latest?.valueText ?? null,
      unit: m.unit,
      target: m.target?.value ?? null,
      target_date: m.target?.date ?? null,
      target_note: m.target?.note || null,
      rag: m.rag.rag,
      distance: m.rag.distanceText || null,
      direction: m.rag.direction,
      spc_signal: m.spc?.interpretation ?? null,
      england: m.england?.value ?? null,
      england_year: m.england?.year ?? null,
      neighbours: m.neighbours?.mean ?? null,
      status: m.status,
      no_data_reason: m.noDataReason ?? null,
    };
  });
}

/** The rows as one worksheet (the header is the row keys; formula-like text is escaped by the writers). */
export function scorecardSheet(rows: readonly ScorecardRow[], asOf: string): Sheet {
  const header = Object.keys(rows[0] ?? {}) as Array<keyof ScorecardRow>;
  return {
    name: `Scorecard ${asOf}`,
    header,
    rows: rows.map((r) => header.map((h): Cell => r[h])),
    widths: header.map((h) => (h === 'title' || h === 'no_data_reason' || h === 'distance' ? 40 : 14)),
  };
}
