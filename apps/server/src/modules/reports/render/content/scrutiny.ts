import type { ReportModel } from '../../report-model.ts';
import { type Block, text } from '../blocks.ts';
import { formatDate } from '../format.ts';
import {
  areaHeading,
  areaIntro,
  findingsList,
  formatWhen,
  summaryParagraphs,
  writeCover,
  writeMeasureCharts,
} from './sections.ts';
import {
  actionsTable,
  deadlinesTable,
  definitionsTable,
  deliveryCountsTable,
  exceptionsTable,
  judgementsTable,
  measureCountsTable,
  measuresTable,
  recommendationsTable,
} from './tables.ts';
import { ReportWriter } from './writer.ts';

/** Scrutiny committee progress report: cover, summary, each priority area in full, recommendations, definitions. */
export function scrutinyBlocks(model: ReportModel): Block[] {
  const w = new ReportWriter();
  writeCover(w, model, [
    ['Local authority', model.authority.name],
    ['Committee', model.meeting?.committee],
    ['Meeting date', model.meeting ? formatDate(model.meeting.date) : undefined],
    ['Plan', model.plan.title],
    ['Plan version', model.plan.versionLabel],
    ['Plan status', model.plan.statusText],
    ['Accountable officer', model.plan.accountableOfficer],
    ['Data as at', formatWhen(model.dataAsAt)],
    ['Prepared by', model.generatedBy],
    ['Generated', formatWhen(model.generatedAt)],
  ]);
  w.contents();

  w.heading(2, 'Summary');
  w.add(...summaryParagraphs(model));
  if (model.deadlines.length > 0) {
    w.heading(3, 'Deadlines');
    w.add(deadlinesTable(model));
  }
  w.heading(3, 'Delivery of actions');
  w.add(deliveryCountsTable(model));
  w.heading(3, 'Success measures');
  w.add(measureCountsTable(model));
  w.heading(3, 'Inspection');
  w.add({ type: 'paragraph', line: text(`${model.inspection.typeText}, on site ${model.inspection.onSiteText}.`) });
  if (model.inspection.judgements.length > 0) w.add(judgementsTable(model));

  for (const area of model.areas) {
    const heading = areaHeading(area);
    w.heading(2, heading, { pageBreakBefore: true });
    w.add(...areaIntro(area));
    if (area.findings.length > 0) {
      w.heading(3, 'What inspectors found');
      w.add(findingsList(area));
    }
    w.heading(3, 'Actions');
    w.add(
      area.actions.length > 0
        ? actionsTable(
            `Actions: ${heading}`,
            area.actions,
            ['reference', 'action', 'lead', 'due', 'status', 'rating', 'update'],
            'internal',
          )
        : { type: 'paragraph', line: text('There are no actions in this priority.') },
    );
    if (area.measures.length > 0) {
      w.heading(3, 'Measures');
      w.add(
        measuresTable(
          `Measures: ${heading}`,
          area.measures,
          ['measure', 'value', 'target', 'rating', 'trend', 'comparators'],
          'internal',
        ),
      );
      writeMeasureCharts(w, area.measures, 4);
    }
    w.heading(3, 'Exceptions and what is being done');
    w.add(
      area.exceptions.length > 0
        ? exceptionsTable(`Exceptions: ${heading}`, area.exceptions, area.measures)
        : { type: 'paragraph', line: text('There are no exceptions in this priority.') },
    );
  }

  if ((model.recommendations ?? []).length > 0) {
    w.heading(2, 'Committee recommendations and responses', { pageBreakBefore: true });
    w.add(recommendationsTable(model));
  }
  w.heading(2, 'Appendix: measure definitions', { pageBreakBefore: true });
  w.add(definitionsTable(model));
  return w.finish();
}
