import { type ReportBrowser, PdfUnavailableError } from './browser.ts';

/** Page margins of the PDF; they match the `@page` rule of the report's style sheet. */
export const PDF_MARGINS = { top: '16mm', right: '15mm', bottom: '20mm', left: '15mm' } as const;

/** The (already escaped) text of the document's `<title>`, for the footer. */
function documentTitle(html: string): string {
  return /<title>([^<]*)<\/title>/i.exec(html)?.[1]?.trim() ?? '';
}

/** Footer on every page: the report title and "Page X of Y" (Chromium fills the page numbers). */
export function pdfFooterTemplate(escapedTitle: string): string {
  return (
    '<div style="width:100%;margin:0 15mm;font-family:Arial,Helvetica,sans-serif;font-size:8pt;color:#505a5f;' +
    'display:flex;justify-content:space-between;gap:8mm;-webkit-print-color-adjust:exact">' +
    `<span>${escapedTitle}</span>` +
    '<span style="white-space:nowrap">Page <span class="pageNumber"></span> of <span class="totalPages"></span></span>' +
    '</div>'
  );
}

/**
 * Prints a report's HTML (from `renderReportHtml`) to a tagged A4 PDF with bookmarks from its headings and a footer
 * with the title and page numbers. Throws `PdfUnavailableError` when Chromium is missing.
 */
export async function renderPdf(html: string, browser: ReportBrowser): Promise<Buffer> {
  if (!browser.available()) throw new PdfUnavailableError(browser.unavailableMessage());
  return browser.withPage(async (page) => {
    await page.setContent(html, { waitUntil: 'load' });
    return page.pdf({
      format: 'A4',
      printBackground: true,
      tagged: true,
      outline: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: pdfFooterTemplate(documentTitle(html)),
      margin: PDF_MARGINS,
    });
  });
}

/** Reads the width and height attributes of an SVG root (as written by `measureChartSvg`). */
function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="(\d+(?:\.\d+)?)"/.exec(root)?.[1]);
  const height = Number(/\sheight="(\d+(?:\.\d+)?)"/.exec(root)?.[1]);
  if (!(width > 0) || !(height > 0)) {
    throw new Error('Chart SVG has no numeric width and height on its <svg> element: draw it with measureChartSvg.');
  }
  return { width, height };
}

/** A page holding the SVGs stacked at known offsets, each in a box of its own size. */
function chartsPage(svgs: readonly string[], sizes: ReadonlyArray<{ width: number; height: number }>): string {
  return `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><style>html,body{margin:0;background:#fff}div{overflow:hidden}svg{display:block}</style></head><body>${svgs
    .map((svg, i) => `<div style="width:${sizes[i]!.width}px;height:${sizes[i]!.height}px">${svg}</div>`)
    .join('')}</body></html>`;
}

/** Options for chart images. */
export interface ChartPngOptions {
  /** Device pixels per CSS pixel (default 2: about 220 dpi at the DOCX chart width). */
  scale?: number;
}

/** Screenshots one batch of SVGs laid out in one page, tall enough that nothing scrolls, each clipped out of it. */
async function screenshotBatch(
  entries: ReadonlyArray<readonly [string, string]>,
  browser: ReportBrowser,
  scale: number,
  result: Map<string, Buffer>,
): Promise<void> {
  const sizes = entries.map(([, svg]) => svgSize(svg));
  const width = Math.ceil(Math.max(...sizes.map((s) => s.width)));
  const height = Math.ceil(sizes.reduce((sum, s) => sum + s.height, 0));
  await browser.withPage(
    async (page) => {
      await page.setContent(
        chartsPage(
          entries.map(([, svg]) => svg),
          sizes,
        ),
        { waitUntil: 'load' },
      );
      let top = 0;
      for (const [i, [key]] of entries.entries()) {
        const size = sizes[i]!;
        result.set(
          key,
          await page.screenshot({ type: 'png', clip: { x: 0, y: top, width: size.width, height: size.height } }),
        );
        top += size.height;
      }
    },
    { viewport: { width, height }, deviceScaleFactor: scale },
  );
}

/**
 * Screenshots of several chart SVGs as PNG, keys kept. The charts are split across as many pages as the browser
 * allows at once, so that both cores work.
 */
export async function renderChartPngs(
  svgs: ReadonlyMap<string, string>,
  browser: ReportBrowser,
  options: ChartPngOptions = {},
): Promise<Map<string, Buffer>> {
  if (!browser.available()) throw new PdfUnavailableError(browser.unavailableMessage());
  const entries = [...svgs.entries()];
  const unordered = new Map<string, Buffer>();
  const batches = Math.min(browser.maxPages, entries.length);
  const size = Math.ceil(entries.length / Math.max(1, batches));
  await Promise.all(
    Array.from({ length: batches }, (_, b) =>
      screenshotBatch(entries.slice(b * size, (b + 1) * size), browser, options.scale ?? 2, unordered),
    ),
  );
  return new Map(entries.map(([key]) => [key, unordered.get(key)!]));
}

/** A screenshot of one chart SVG as PNG (2× for print), for a DOCX image. */
export async function renderChartPng(svg: string, browser: ReportBrowser): Promise<Buffer> {
  const pngs = await renderChartPngs(new Map([['chart', svg]]), browser);
  return pngs.get('chart')!;
}
