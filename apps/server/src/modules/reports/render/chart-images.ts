import type { ReportMeasure, ReportModel } from '../report-model.ts';
import type { ReportBrowser } from './browser.ts';
import { measureChartSvg } from './charts.ts';
import { renderChartPngs } from './pdf.ts';

/** Size of the charts drawn for DOCX images (CSS pixels; taken at 2×). */
export const DOCX_CHART_SIZE = { width: 680, height: 300 } as const;

/** Every measure of the model once, by id. */
export function reportMeasures(model: ReportModel): Map<string, ReportMeasure> {
  const measures = new Map<string, ReportMeasure>();
  for (const area of model.areas) for (const m of area.measures) if (!measures.has(m.id)) measures.set(m.id, m);
  return measures;
}

/** PNG images of every chart of the model, keyed by measure id, ready for `renderDocx`. */
export async function renderReportChartPngs(model: ReportModel, browser: ReportBrowser): Promise<Map<string, Buffer>> {
  const svgs = new Map<string, string>();
  for (const [id, m] of reportMeasures(model)) svgs.set(id, measureChartSvg(m, DOCX_CHART_SIZE));
  return renderChartPngs(svgs, browser);
}
