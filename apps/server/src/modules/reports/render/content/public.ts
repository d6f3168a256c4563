import type { ReportModel } from '../../report-model.ts';
import { type Block, text } from '../blocks.ts';
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
  definitionsTable,
  deliveryCountsTable,
  judgementsTable,
  measureCountsTable,
  measuresTable,
} from './tables.ts';
import { ReportWriter } from './writer.ts';

/**
 * Public version: plain English, leads by role only (owner and author names are never shown), values exactly as the
 * (already suppressed) model gives them, and the note on what has been left out.
 */
export function publicBlocks(model: ReportModel): Block[] {
  const w = new ReportWriter();
  writeCover(w, model, [
    ['Council', model.authority.name],
    ['Plan', model.plan.title],
    ['Version', model.plan.versionLabel],
    ['Status', model.plan.statusText],
    ['Figures as at', formatWhen(model.dataAsAt)],
  ]);
  if (model.publicNote) w.add({ type: 'inset', line: text(model.publicNote) });
  w.contents();

  w.heading(2, 'Summary');
  w.add(...summaryParagraphs(model));
  w.heading(3, 'What inspectors found');
  w.add({ type: 'paragraph', line: text(`${model.inspection.typeText}, on site ${model.inspection.onSiteText}.`) });
  if (model.inspection.summary) w.add({ type: 'paragraph', line: text(model.inspection.summary) });
  if (model.inspection.judgements.length > 0) w.add(judgementsTable(model));
  w.heading(3, 'Progress with actions');
  w.add(deliveryCountsTable(model));
  w.heading(3, 'How we measure progress');
  w.add(measureCountsTable(model));

  for (const area of model.areas) {
    const heading = areaHeading(area);
    w.heading(2, heading);
    w.add(...areaIntro(area, 'What will be different for children'));
    if (area.findings.length > 0) {
      w.heading(3, 'What inspectors said needs to improve');
      w.add(findingsList(area));
    }
    w.heading(3, 'What we are doing');
    w.add(
      area.actions.length > 0
        ? actionsTable(
            `What we are doing: ${heading}`,
            area.actions,
            ['reference', 'action', 'lead', 'due', 'progress', 'update'],
            'public',
          )
        : { type: 'paragraph', line: text('There are no actions in this priority yet.') },
    );
    if (area.measures.length > 0) {
      w.heading(3, 'How we will know it is working');
      w.add(
        measuresTable(
          `How we will know it is working: ${heading}`,
          area.measures,
          ['measure', 'value', 'target', 'rating', 'trend'],
          'public',
        ),
      );
      writeMeasureCharts(w, area.measures, 4);
    }
  }

  w.heading(2, 'About the measures');
  w.add(definitionsTable(model));
  return w.finish();
}
