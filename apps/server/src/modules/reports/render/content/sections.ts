import type { ReportArea, ReportMeasure, ReportModel } from '../../report-model.ts';
import { type Block, text } from '../blocks.ts';
import { formatDate, formatDateTime } from '../format.ts';
import type { ReportWriter } from './writer.ts';

/** A date or date-time in words ("15 July 2026", or "15 July 2026 at 9:00am"). */
export function formatWhen(value: string): string {
  return value.includes('T') ? formatDateTime(value) : formatDate(value);
}

/** The heading of a priority area: "Priority 3: Homeless 16 and 17 year olds" ("W: Workforce" for lettered areas). */
export function areaHeading(area: ReportArea): string {
  return /^\d+$/.test(area.reference)
    ? `Priority ${area.reference}: ${area.title}`
    : `${area.reference}: ${area.title}`;
}

/** The cover: authority as a caption, the title, subtitle and a summary list of the facts given (empty ones skipped). */
export function writeCover(
  w: ReportWriter,
  model: ReportModel,
  facts: ReadonlyArray<readonly [string, string | undefined]>,
): void {
  w.add({ type: 'caption', text: model.authority.name });
  w.heading(1, model.title);
  if (model.subtitle) w.add({ type: 'paragraph', line: text(model.subtitle), style: 'lead' });
  w.add({
    type: 'summary',
    label: 'About this report',
    rows: facts
      .filter((f): f is readonly [string, string] => f[1] !== undefined && f[1] !== '')
      .map(([key, value]) => ({ key, value: text(value) })),
  });
}

/** The summary paragraphs of the model. */
export function summaryParagraphs(model: ReportModel): Block[] {
  return model.summary.paragraphs.map((p) => ({ type: 'paragraph', line: text(p) }));
}

/** The findings an area answers, as a list ("Finding 2: ..."). */
export function findingsList(area: ReportArea): Block {
  return {
    type: 'list',
    items: area.findings.map((f) => [{ text: `Finding ${f.number}: `, bold: true }, { text: f.text }]),
  };
}

/** Lead and outcome of an area as paragraphs. */
export function areaIntro(area: ReportArea, outcomeLabel = 'Outcome'): Block[] {
  return [
    { type: 'paragraph', line: [{ text: 'Lead: ', bold: true }, { text: area.lead }] },
    { type: 'paragraph', line: [{ text: `${outcomeLabel}: `, bold: true }, { text: area.outcome }] },
  ];
}

/** One heading and chart (with its data table) per measure. */
export function writeMeasureCharts(w: ReportWriter, measures: readonly ReportMeasure[], level: 3 | 4): void {
  for (const measure of measures) {
    w.heading(level, measure.title);
    w.add({ type: 'chart', measure, id: w.uniqueId(`chart-${measure.id}`) });
  }
}
