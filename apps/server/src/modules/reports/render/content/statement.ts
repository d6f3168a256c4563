import type { ReportModel } from '../../report-model.ts';
import { type Block, cell, type TableBlock, text } from '../blocks.ts';
import { areaHeading, areaIntro, findingsList, formatWhen, writeCover } from './sections.ts';
import { actionsTable, deadlinesTable, definitionsTable, judgementsTable, measuresTable } from './tables.ts';
import { ReportWriter } from './writer.ts';

/** Each inspection finding with the priorities and actions that answer it (findings-to-actions traceability). */
function traceabilityTable(model: ReportModel): TableBlock {
  const findings = new Map<number, { text: string; areas: string[]; actions: string[] }>();
  for (const area of model.areas) {
    for (const f of area.findings) {
      const entry = findings.get(f.number) ?? { text: f.text, areas: [], actions: [] };
      entry.areas.push(areaHeading(area));
      entry.actions.push(...area.actions.map((a) => a.reference));
      findings.set(f.number, entry);
    }
  }
  const rows = [...findings.entries()]
    .sort(([a], [b]) => a - b)
    .map(([number, f]) => [
      cell(String(number)),
      cell(f.text),
      cell(...f.areas),
      cell(f.actions.length > 0 ? f.actions.join(', ') : 'None yet'),
    ]);
  return {
    type: 'table',
    caption: 'What needs to improve, and the priorities and actions that address each finding',
    head: ['Finding', 'What needs to improve', 'Priority', 'Actions'],
    rows,
    rowHeaders: true,
    widths: [9, 45, 28, 18],
  };
}

/** Written statement of action to Ofsted: inspection, findings-to-actions map, and each priority's actions and measures. */
export function statementBlocks(model: ReportModel): Block[] {
  const w = new ReportWriter();
  writeCover(w, model, [
    ['Local authority', model.authority.name],
    ['Plan', model.plan.title],
    ['Version', model.plan.versionLabel],
    ['Status', model.plan.statusText],
    ['Date of this statement', formatWhen(model.generatedAt)],
    ['Data as at', formatWhen(model.dataAsAt)],
    ['Accountable officer', model.plan.accountableOfficer],
    ['Inspection', `${model.inspection.typeText}, on site ${model.inspection.onSiteText}`],
    ['Report published', model.inspection.publishedText],
  ]);
  w.contents();

  w.heading(2, 'The inspection');
  w.add({ type: 'paragraph', line: text(`${model.inspection.typeText}, on site ${model.inspection.onSiteText}.`) });
  if (model.inspection.publishedText) {
    w.add({ type: 'paragraph', line: text(`Report published ${model.inspection.publishedText}.`) });
  }
  if (model.inspection.summary) w.add({ type: 'paragraph', line: text(model.inspection.summary) });
  if (model.inspection.judgements.length > 0) w.add(judgementsTable(model));
  if (model.deadlines.length > 0) {
    w.heading(3, 'Deadlines');
    w.add(deadlinesTable(model));
  }

  w.heading(2, 'Findings and the actions that address them');
  w.add(traceabilityTable(model));

  for (const area of model.areas) {
    const heading = areaHeading(area);
    w.heading(2, heading);
    w.add(...areaIntro(area, 'What will be different for children'));
    if (area.findings.length > 0) {
      w.heading(3, 'What needs to improve');
      w.add(findingsList(area));
    }
    w.heading(3, 'Actions');
    w.add(
      area.actions.length > 0
        ? actionsTable(
            `Actions, leads and timescales: ${heading}`,
            area.actions,
            ['reference', 'action', 'lead', 'timescale', 'success'],
            'internal',
          )
        : { type: 'paragraph', line: text('There are no actions in this priority yet.') },
    );
    if (area.measures.length > 0) {
      w.heading(3, 'Success measures');
      w.add(
        measuresTable(
          `Success measures: ${heading}`,
          area.measures,
          ['measure', 'baseline', 'value', 'target', 'rating'],
          'internal',
        ),
      );
    }
  }

  w.heading(2, 'Appendix: measure definitions', { pageBreakBefore: true });
  w.add(definitionsTable(model));
  return w.finish();
}
