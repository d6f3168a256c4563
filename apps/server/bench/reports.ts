/**
 * Benchmark: the scrutiny pack at the demo plan's size (10 priority areas, 38 actions, 30 measures with 36-month
 * series) rendered as PDF and as DOCX (with its chart images), with Chromium already running. Target: under 5 seconds
 * each. Run from the repository root: `npm run bench -- reports [--runs N] [--kind scrutiny|statement|exceptions|public]
 * [--out DIR]`. Reports the first (cold page) run and the best of the warm runs. Chromium: CHROMIUM_PATH or
 * /usr/bin/chromium.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  chartedMeasures,
  ReportBrowser,
  renderDocx,
  renderPdf,
  renderReportChartPngs,
  renderReportHtml,
} from '../src/modules/reports/render/index.ts';
import type { ReportKind } from '../src/modules/reports/report-model.ts';
import { scaledReportModel } from '../test/support/report-model-fixture.ts';

const TARGET_SECONDS = 5;
const KINDS: readonly ReportKind[] = ['scrutiny', 'statement', 'exceptions', 'public'];

/** The value after a `--name` flag, if given. */
function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

/** Seconds since `start` (a `performance.now()` reading). */
function since(start: number): number {
  return (performance.now() - start) / 1000;
}

/** One timed PDF and DOCX render. */
interface Run {
  html: number;
  pdf: number;
  charts: number;
  docx: number;
  pdfBytes: Buffer;
  docxBytes: Buffer;
}

/** Renders the model once in each format, timing each step. */
async function renderOnce(model: ReturnType<typeof scaledReportModel>, browser: ReportBrowser): Promise<Run> {
  let start = performance.now();
  const html = renderReportHtml(model);
  const htmlSeconds = since(start);
  start = performance.now();
  const pdfBytes = await renderPdf(html, browser);
  const pdfSeconds = since(start);
  start = performance.now();
  const charts = await renderReportChartPngs(model, browser);
  const chartSeconds = since(start);
  start = performance.now();
  const docxBytes = await renderDocx(model, charts);
  return { html: htmlSeconds, pdf: pdfSeconds, charts: chartSeconds, docx: since(start), pdfBytes, docxBytes };
}

/** Formats a run's PDF and DOCX lines. */
function describe(label: string, run: Run, charts: number): string[] {
  const pdfTotal = run.html + run.pdf;
  const docxTotal = run.charts + run.docx;
  const mb = (b: Buffer) => (b.length / 1024 / 1024).toFixed(1);
  const pages = run.pdfBytes.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
  return [
    `${label} PDF:  ${pdfTotal.toFixed(2)} s (HTML ${run.html.toFixed(2)} s + Chromium print ${run.pdf.toFixed(2)} s), ${pages} pages, ${mb(run.pdfBytes)} MB`,
    `${label} DOCX: ${docxTotal.toFixed(2)} s (${charts} chart images ${run.charts.toFixed(2)} s + document ${run.docx.toFixed(2)} s), ${mb(run.docxBytes)} MB`,
  ];
}

/** Entry point for `npm run bench -- reports`. */
export async function runBenchmark(args: string[]): Promise<void> {
  const kind = (flag(args, 'kind') ?? 'scrutiny') as ReportKind;
  if (!KINDS.includes(kind)) {
    console.error(`Unknown --kind "${kind}": use one of ${KINDS.join(', ')}.`);
    process.exitCode = 2;
    return;
  }
  const runs = Math.max(1, Number(flag(args, 'runs') ?? 3));
  const model = scaledReportModel(kind);
  const actions = model.areas.reduce((n, a) => n + a.actions.length, 0);
  const measures = model.areas.reduce((n, a) => n + a.measures.length, 0);
  const charts = chartedMeasures(model).size;
  console.log(
    `Report "${kind}": ${model.areas.length} priority areas, ${actions} actions, ${measures} measures (36-month series), ${charts} charts.`,
  );

  const browser = new ReportBrowser({ executablePath: process.env.CHROMIUM_PATH });
  if (!browser.available()) {
    console.error(browser.unavailableMessage());
    process.exitCode = 1;
    return;
  }
  try {
    let start = performance.now();
    await browser.warmUp();
    console.log(`Chromium launch (not counted): ${since(start).toFixed(2)} s`);
    start = performance.now();
    const cold = await renderOnce(model, browser);
    const warm: Run[] = [];
    for (let i = 0; i < runs; i += 1) warm.push(await renderOnce(model, browser));
    const best = (pick: (r: Run) => number) => warm.reduce((a, b) => (pick(b) < pick(a) ? b : a));
    const bestPdf = best((r) => r.html + r.pdf);
    const bestDocx = best((r) => r.charts + r.docx);
    for (const line of describe('First run', cold, charts)) console.log(line);
    console.log(describe(`Best of ${runs}`, bestPdf, charts)[0]);
    console.log(describe(`Best of ${runs}`, bestDocx, charts)[1]);
    const pdfSeconds = bestPdf.html + bestPdf.pdf;
    const docxSeconds = bestDocx.charts + bestDocx.docx;
    console.log(
      `Target < ${TARGET_SECONDS} s each: PDF ${pdfSeconds < TARGET_SECONDS ? 'met' : 'MISSED'}, DOCX ${docxSeconds < TARGET_SECONDS ? 'met' : 'MISSED'}.`,
    );
    const out = flag(args, 'out');
    if (out) {
      mkdirSync(out, { recursive: true });
      writeFileSync(path.join(out, `${kind}.pdf`), cold.pdfBytes);
      writeFileSync(path.join(out, `${kind}.docx`), cold.docxBytes);
      console.log(`Wrote ${kind}.pdf and ${kind}.docx to ${out}`);
    }
    if (pdfSeconds >= TARGET_SECONDS || docxSeconds >= TARGET_SECONDS) process.exitCode = 1;
  } finally {
    await browser.close();
  }
}
