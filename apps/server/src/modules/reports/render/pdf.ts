import { PdfUnavailableError, type ReportBrowser } from './browser.ts';

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

/** Reads the width and height attributes of an SVG root (as written by `measureChartSvg`); `key` names it in errors. */
function svgSize(svg: string, key: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="(\d+(?:\.\d+)?)"/.exec(root)?.[1]);
  const height = Number(/\sheight="(\d+(?:\.\d+)?)"/.exec(root)?.[1]);
  if (!(width > 0) || !(height > 0)) {
    throw new Error(
      `Chart "${key}": the <svg> element has no numeric width and height, so it cannot be drawn as an image. Draw it with measureChartSvg.`,
    );
  }
  return { width, height };
}

/** Options for chart images. */
export interface ChartPngOptions {
  /** Device pixels per CSS pixel (default 2: about 220 dpi at the DOCX chart width). */
  scale?: number;
}

/** Draws each SVG onto a canvas in the page (Chromium's own SVG rendering) and returns PNG data URLs. */
async function drawBatch(
  charts: ReadonlyArray<readonly [string, string]>,
  browser: ReportBrowser,
  scale: number,
): Promise<string[]> {
  return browser.withPage(
    async (page) => {
      await page.setContent(
        '<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"></head><body></body></html>',
      );
      return page.evaluate(
        async ({ charts, scale }) => {
          const urls: string[] = [];
          for (const [key, svg] of charts) {
            const image = new Image();
            image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
            try {
              await image.decode();
            } catch {
              throw new Error(`Chart "${key}" could not be drawn: its SVG is not well-formed.`);
            }
            const canvas = document.createElement('canvas');
            canvas.width = Math.round(image.naturalWidth * scale);
            canvas.height = Math.round(image.naturalHeight * scale);
            const context = canvas.getContext('2d');
            if (!context) throw new Error('The browser gave no 2D canvas to draw the chart on.');
            context.fillStyle = '#ffffff';
            context.fillRect(0, 0, canvas.width, canvas.height);
            context.scale(scale, scale);
            context.drawImage(image, 0, 0);
            urls.push(canvas.toDataURL('image/png'));
          }
          return urls;
        },
        { charts: charts.map(([key, svg]) => [key, svg] as [string, string]), scale },
      );
    },
    { javaScriptEnabled: true },
  );
}

/**
 * Chart SVGs rasterised to PNG by the shared Chromium (drawn onto a canvas, which is several times faster than a
 * screenshot per chart), keys kept. The work is split across as many pages as the browser allows at once.
 */
export async function renderChartPngs(
  svgs: ReadonlyMap<string, string>,
  browser: ReportBrowser,
  options: ChartPngOptions = {},
): Promise<Map<string, Buffer>> {
  if (!browser.available()) throw new PdfUnavailableError(browser.unavailableMessage());
  const entries = [...svgs.entries()];
  for (const [key, svg] of entries) svgSize(svg, key);
  const batches = Math.min(browser.maxPages, entries.length);
  const size = Math.ceil(entries.length / Math.max(1, batches));
  const scale = options.scale ?? 2;
  const drawn = await Promise.all(
    Array.from({ length: batches }, (_, b) => drawBatch(entries.slice(b * size, (b + 1) * size), browser, scale)),
  );
  const urls = drawn.flat();
  return new Map(entries.map(([key], i) => [key, Buffer.from(urls[i]!.slice(urls[i]!.indexOf(',') + 1), 'base64')]));
}

/** A screenshot of one chart SVG as PNG (2× for print), for a DOCX image. */
export async function renderChartPng(svg: string, browser: ReportBrowser): Promise<Buffer> {
  const pngs = await renderChartPngs(new Map([['chart', svg]]), browser);
  return pngs.get('chart')!;
}
