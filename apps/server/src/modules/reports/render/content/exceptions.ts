import type { ReportAction, ReportArea, ReportMeasure, ReportModel } from '../../report-model.ts';
import { type Block, numberCell, text } from '../blocks.ts';
import { formatDate } from '../format.ts';
import { EXCEPTION_LABELS, EXCEPTION_ORDER } from './labels.ts';
import { areaHeading, formatWhen, summaryParagraphs, writeCover, writeMeasureCharts } from './sections.ts';
import { actionsTable, exceptionsTable, measuresTable } from './tables.ts';
import { ReportWriter } from './writer.ts';

/** An action is an exception when it is overdue, off track (red) or at risk (amber). */
export function isExceptionAction(action: ReportAction): boolean {
  return action.overdue || action.rag.key === 'red' || action.rag.key === 'amber';
}

/** A measure is an exception when it is rated red or its SPC reading is a concerning special cause. */
export function isExceptionMeasure(measure: ReportMeasure): boolean {
  return measure.rag.key === 'red' || /concern/i.test(measure.spcSignal);
}

/** The exceptions of an area: the service's list, and the actions and measures that qualify. */
function areaExceptions(area: ReportArea) {
  return {
    items: area.exceptions,
    actions: area.actions.filter(isExceptionAction),
    measures: area.measures.filter(isExceptionMeasure),
  };
}

/** Monthly improvement board exception report: only what is overdue, off track, at risk, red or concerning. */
export function exceptionsBlocks(model: ReportModel): Block[] {
  const w = new ReportWriter();
  writeCover(w, model, [
    ['Local authority', model.authority.name],
    ['Meeting', model.meeting?.committee],
    ['Meeting date', model.meeting ? formatDate(model.meeting.date) : undefined],
    ['Plan', model.plan.title],
    ['Plan version', model.plan.versionLabel],
    ['Data as at', formatWhen(model.dataAsAt)],
    ['Prepared by', model.generatedBy],
    ['Generated', formatWhen(model.generatedAt)],
  ]);
  w.contents();

  const all = model.areas.flatMap((a) => a.exceptions);
  w.heading(2, 'Summary');
  w.add(...summaryParagraphs(model));
  w.add({
    type: 'table',
    caption: 'Exceptions this period',
    head: ['Exception', 'Number'],
    rows: EXCEPTION_ORDER.map((kind) => [
      { lines: [text(EXCEPTION_LABELS[kind])] },
      numberCell(all.filter((e) => e.kind === kind).length),
    ]),
    rowHeaders: true,
    widths: [80, 20],
    numericColumns: [1],
  });

  const quiet: string[] = [];
  for (const area of model.areas) {
    const heading = areaHeading(area);
    const found = areaExceptions(area);
    if (found.items.length === 0 && found.actions.length === 0 && found.measures.length === 0) {
      quiet.push(heading);
      continue;
    }
    w.heading(2, heading);
    w.add({ type: 'paragraph', line: [{ text: 'Lead: ', bold: true }, { text: area.lead }] });
    if (found.items.length > 0) {
      w.heading(3, 'Exceptions and what is being done');
      w.add(exceptionsTable(`Exceptions: ${heading}`, found.items, area.measures));
    }
    if (found.actions.length > 0) {
      w.heading(3, 'Actions overdue, off track or at risk');
      w.add(
        actionsTable(
          `Actions needing attention: ${heading}`,
          found.actions,
          ['reference', 'action', 'lead', 'due', 'rating', 'update'],
          'internal',
        ),
      );
    }
    if (found.measures.length > 0) {
      w.heading(3, 'Measures of concern');
      w.add(
        measuresTable(
          `Measures of concern: ${heading}`,
          found.measures,
          ['measure', 'value', 'target', 'rating', 'trend'],
          'internal',
        ),
      );
      writeMeasureCharts(w, found.measures, 4);
    }
  }
  if (quiet.length > 0) {
    w.heading(2, 'Priorities with no exceptions');
    w.add({ type: 'list', items: quiet.map((q) => text(q)) });
  }
  return w.finish();
}
