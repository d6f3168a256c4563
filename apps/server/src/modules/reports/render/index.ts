/** Report renderers: one `ReportModel` to self-contained HTML, tagged PDF (Chromium) and editable DOCX. */
export { PdfUnavailableError, ReportBrowser, type ReportBrowserOptions } from './browser.ts';
export { chartDataTable } from './chart-data-table.ts';
export { chartedMeasures, DOCX_CHART_SIZE, renderReportChartPngs } from './chart-images.ts';
export { type ChartOptions, measureChartSvg } from './charts.ts';
export { UnknownReportKindError } from './content/index.ts';
export { renderDocx } from './docx.ts';
export { renderReportHtml } from './html.ts';
export { type ChartPngOptions, renderChartPng, renderChartPngs, renderPdf } from './pdf.ts';
