import type { ReportMeasure, ReportModel } from '../report-model.ts';
import type { ReportBrowser } from './browser.ts';
import { measureChartSvg } from './charts.ts';
import { buildReportBlocks } from './content/index.ts';
import { type ChartPngOptions, renderChartPngs } from './pdf.ts';

/** Size of the charts drawn for DOCX images (CSS pixels; taken at 2×). */
export const DOCX_CHART_SIZE = { width: 680, height: 300 } as const;

/** The measures whose charts the report shows (by its kind), once each, by id. */
export function chartedMeasures(model: ReportModel): Map<string, ReportMeasure> {
  const measures = new Map<string, ReportMeasure>();
  for (const block of buildReportBlocks(model)) {
    if (block.type === 'chart' && !measures.has(block.measure.id)) measures.set(block.measure.id, block.measure);
  }
  return measures;
}

/** PNG images of every chart the report shows, keyed by measure id, ready for `renderDocx`. */
export async function renderReportChartPngs(
  model: ReportModel,
  browser: ReportBrowser,
  options: ChartPngOptions = {},
): Promise<Map<string, Buffer>> {
  const svgs = new Map<string, string>();
  for (const [id, m] of chartedMeasures(model)) svgs.set(id, measureChartSvg(m, DOCX_CHART_SIZE));
  return renderChartPngs(svgs, browser, options);
}
