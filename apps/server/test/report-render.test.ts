import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import {
  chartedMeasures,
  measureChartSvg,
  PdfUnavailableError,
  ReportBrowser,
  renderChartPng,
  renderChartPngs,
  renderDocx,
  renderPdf,
  renderReportChartPngs,
  renderReportHtml,
  UnknownReportKindError,
} from '../src/modules/reports/render/index.ts';
import type { ReportModel } from '../src/modules/reports/report-model.ts';
import {
  FIXTURE_AUTHOR_NAMES,
  FIXTURE_OWNER_NAMES,
  publicReportModelFixture,
  reportModelFixture,
} from './support/report-model-fixture.ts';

// Renderer tests: no database. PDF tests need Chromium at /usr/bin/chromium and poppler-utils (pdfinfo, pdftotext).

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const hasPoppler = spawnSync('pdfinfo', ['-v']).status === 0 && spawnSync('pdftotext', ['-v']).status === 0;
const pdfSkipReason = !hasChromium
  ? `skipped: Chromium not found at ${CHROMIUM} (apt-get install chromium)`
  : !hasPoppler
    ? 'skipped: pdfinfo/pdftotext not found (apt-get install poppler-utils)'
    : '';
if (pdfSkipReason) console.warn(`report-render PDF tests ${pdfSkipReason}`);

/** The text as it appears in HTML/XML content (the renderers escape &, <, >, " and '). */
function esc(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Headings of an HTML document in order, as [level, text]. */
function headings(html: string): Array<[number, string]> {
  return [...html.matchAll(/<h([1-6])\b[^>]*>(.*?)<\/h\1>/g)].map((m) => [Number(m[1]), m[2]!]);
}

/** Every `<tr>` whose row header is exactly `header`, in document order. */
function rowsOf(html: string, header: string): string[] {
  const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => m[1]!);
  return rows.filter((r) => r.startsWith(`<th scope="row">${esc(header)}</th>`));
}

/** The one row of the actions table for an action (its reference also heads rows of the exceptions table). */
function actionRow(html: string, action: { reference: string; title: string }): string {
  const found = rowsOf(html, action.reference).filter((r) => r.includes(esc(action.title)));
  expect(found, `action row ${action.reference}`).toHaveLength(1);
  return found[0]!;
}

/** The one `<tr>` whose row header is `header`. */
function rowOf(html: string, header: string): string {
  const found = rowsOf(html, header);
  expect(found, `rows headed ${header}`).toHaveLength(1);
  return found[0]!;
}

/** Checks that tags in an XML/HTML fragment nest properly (void HTML elements and self-closing tags allowed). */
function expectWellNested(markup: string): void {
  const voidElements = new Set(['meta', 'col', 'br', 'img', 'input', 'hr', 'link']);
  const stack: string[] = [];
  for (const m of markup.replace(/<!DOCTYPE[^>]*>/i, '').matchAll(/<(\/?)([a-zA-Z][\w:-]*)\b[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = m;
    if (selfClosing || voidElements.has(name!)) continue;
    if (closing) expect(stack.pop(), `closing </${name}>`).toBe(name);
    else stack.push(name!);
  }
  expect(stack).toEqual([]);
}

/** All action references of a model. */
function actionRefs(model: ReportModel): string[] {
  return model.areas.flatMap((a) => a.actions.map((x) => x.reference));
}

/** All measures of a model (unique ids). */
function measuresOf(model: ReportModel) {
  return [...new Map(model.areas.flatMap((a) => a.measures).map((m) => [m.id, m])).values()];
}

/** A valid 1 × 1 PNG, standing in for chart images where Chromium is not needed. */
const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const XML_ENTITIES: Record<string, string> = { quot: '"', apos: "'", '#39': "'", lt: '<', gt: '>', amp: '&' };

/** The document part, footers, media and plain text of a DOCX. */
async function unzipDocx(docx: Buffer) {
  const zip = await JSZip.loadAsync(docx);
  const document = await zip.file('word/document.xml')!.async('string');
  const footers = await Promise.all(
    Object.keys(zip.files)
      .filter((f) => /^word\/footer\d*\.xml$/.test(f))
      .map((f) => zip.file(f)!.async('string')),
  );
  const media = Object.keys(zip.files).filter((f) => /^word\/media\/.+\.png$/.test(f));
  const text = [...document.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1]!)
    .join('')
    .replace(/&(quot|apos|#39|lt|gt|amp);/g, (_, e: string) => XML_ENTITIES[e]!);
  return { zip, document, footers, media, text };
}

describe('renderReportHtml', () => {
  const model = reportModelFixture('scrutiny');
  const html = renderReportHtml(model);

  it('is a self-contained en-GB document with no external requests', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain('<title>Improvement plan progress report – Kellingford City Council</title>');
    expect(html).not.toMatch(/\ssrc=|<link\b|@import|url\(\s*['"]?(https?:|\/\/)|href="(https?:)?\/\//);
    expect(html).toContain('@page { size: A4;');
    expectWellNested(html);
  });

  it('has one h1, an h2 for each section and priority area (with a page break before each area) and no skipped levels', () => {
    const hs = headings(html);
    expect(hs.filter(([l]) => l === 1).map(([, t]) => t)).toEqual(['Improvement plan progress report']);
    expect(hs.filter(([l]) => l === 2).map(([, t]) => t)).toEqual([
      'Summary',
      'Priority 1: Effectiveness of supervision and management oversight',
      'Priority 3: Responses to 16 and 17 year olds who present as homeless',
      'Priority 6: Placement sufficiency: more foster carers, no children in unregistered provision',
      'Committee recommendations and responses',
      'Appendix: measure definitions',
    ]);
    for (const area of model.areas) {
      expect(html).toMatch(new RegExp(`<h2 id="[^"]+" class="page-break">Priority ${area.reference}: `));
    }
    const h3s = hs.filter(([l]) => l === 3).map(([, t]) => t);
    expect(h3s.filter((t) => t === 'Actions')).toHaveLength(3);
    expect(h3s.filter((t) => t === 'Exceptions and what is being done')).toHaveLength(3);
    hs.forEach(([level], i) => {
      if (i > 0) expect(level - hs[i - 1]![0], `heading ${i} level`).toBeLessThanOrEqual(1);
    });
  });

  it('shows the cover facts: committee, meeting date, plan version, data as at and who generated it when', () => {
    for (const fact of [
      'Children and Young People’s Scrutiny Committee',
      '28 July 2026',
      'Version 1.0 (14 July 2026)',
      '15 July 2026',
      'Beth Oyelaran',
      '15 July 2026 at 9:30am',
    ]) {
      expect(html).toContain(`<dd>${fact}</dd>`);
    }
  });

  it('gives every table a caption and every header cell a scope', () => {
    const tables = html.match(/<table\b/g)!.length;
    expect(html.match(/<table\b[^>]*><caption>[^<]+<\/caption>/g)).toHaveLength(tables);
    expect(html.match(/<th>/g)).toBeNull();
    expect(html.match(/<th(?: [^>]*)?>/g)!.every((th) => /scope="(col|row)"/.test(th))).toBe(true);
    expect(html).toContain(
      '<caption>Actions: Priority 1: Effectiveness of supervision and management oversight</caption>',
    );
    expect(html).toContain('<caption>Deadlines</caption>');
    expect(html).toContain('<caption>Recommendations and responses</caption>');
    expect(html).toContain('<caption>Measure definitions</caption>');
  });

  it('lists every action with its lead, due date, status, delivery rating in words and reason, and latest update', () => {
    for (const action of model.areas.flatMap((a) => a.actions)) {
      const row = actionRow(html, action);
      expect(row).toContain(esc(action.lead));
      expect(row).toContain(`<strong class="tag tag--`);
      expect(row).toContain(`>${esc(action.rag.text)}</strong>`);
      expect(row).toContain(esc(action.ragReason));
      if (action.latestUpdate) expect(row).toContain(esc(action.latestUpdate.text));
      if (action.overdue) expect(row).toContain('<strong>Overdue</strong>');
    }
    expect(actionRow(html, model.areas[1]!.actions[0]!)).toContain('10 July 2026');
  });

  it('puts the distance to target beside every measure rating, never colour alone', () => {
    for (const m of measuresOf(model)) {
      const rows = rowsOf(html, m.title);
      const row = rows[0]!;
      expect(rows.at(-1)).toContain(esc(m.definition));
      expect(row).toContain(`>${esc(m.rag.text)}</strong>`);
      if (m.distanceText) expect(row).toContain(esc(m.distanceText));
      expect(row).toContain(esc(`SPC: ${m.spcSignal}`));
    }
    expect(rowsOf(html, 'Children looked after placed more than 20 miles from home')[0]).toContain(
      'Distance to target not available',
    );
    expect(rowsOf(html, 'Net change in in-house foster households')[0]).toContain(
      'England: net loss of 765 households (2023/24)',
    );
  });

  it('follows every chart with its data table, and labels each chart by its title and description', () => {
    const measures = model.areas.flatMap((a) => a.measures);
    const charts = [...html.matchAll(/<figure class="chart" id="([^"]+)"><svg\b([^>]*)>/g)];
    expect(charts).toHaveLength(measures.length);
    for (const [, , attributes] of charts) {
      const labelledBy = /aria-labelledby="([^"]+)"/.exec(attributes!)![1]!.split(' ');
      expect(attributes).toContain('role="img"');
      for (const id of labelledBy) expect(html).toContain(`id="${id}"`);
    }
    const afterCharts = html.split('</figure>').slice(1);
    for (const [i, part] of afterCharts.entries()) {
      expect(part.startsWith(`<table class="table table--compact`), `data table after chart ${i}`).toBe(true);
      expect(part).toContain(`<caption>Data for the chart &quot;${esc(measures[i]!.title)}&quot;`);
    }
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('shows committee recommendations with responses, and the definitions appendix', () => {
    for (const r of model.recommendations!) {
      expect(html).toContain(esc(r.text));
      expect(html).toContain(esc(r.response));
    }
    for (const d of model.appendix) expect(rowsOf(html, d.title).at(-1)).toContain(esc(d.definition));
  });

  it('writes the statement with each finding, the actions that answer it, timescales and baselines', () => {
    const statement = renderReportHtml(reportModelFixture('statement'));
    expect(
      headings(statement)
        .filter(([l]) => l === 2)
        .map(([, t]) => t),
    ).toContain('Findings and the actions that address them');
    expect(statement).toContain('<dt>Version</dt><dd>Version 1.0 (14 July 2026)</dd>');
    expect(statement).toContain('<dt>Date of this statement</dt><dd>15 July 2026 at 9:30am</dd>');
    const finding3 = rowOf(statement, '3');
    expect(finding3).toContain('Priority 3: Responses to 16 and 17 year olds who present as homeless');
    expect(finding3).toContain('3.1, 3.2, 3.3, 3.4');
    expect(rowOf(statement, '1.1')).toContain('1 June 2026 to 28 July 2026');
    const supervision = rowsOf(statement, 'Supervision held on time')[0]!;
    expect(supervision).toMatch(/\d+(\.\d)?% \(July 2023\)/);
    expect(supervision).toContain('90% by December 2026');
    expect(statement).not.toContain('<figure');
  });

  it('keeps only exceptions in the board report, grouped by area with owner commentary', () => {
    const exceptions = renderReportHtml(reportModelFixture('exceptions'));
    for (const ref of ['1.2', '3.1', '3.3', '6.2', '6.3']) expect(exceptions).toContain(`<th scope="row">${ref}</th>`);
    for (const ref of ['1.1', '1.3', '1.4', '3.2', '3.4', '6.1']) {
      expect(exceptions).not.toContain(`<th scope="row">${ref}</th>`);
    }
    expect(exceptions).toContain('<h4 id="case-audits-graded-good-or-better">Case audits graded good or better</h4>');
    expect(exceptions).toContain('Nights 16 and 17 year olds spent in bed and breakfast');
    expect(exceptions).toContain('<h4 id="children-in-unregistered-provision">');
    expect(exceptions).not.toContain('Supervision held on time');
    expect(exceptions).not.toContain('Net change in in-house foster households');
    const overdue = reportModelFixture('exceptions').areas[1]!.actions[0]!;
    expect(actionRow(exceptions, overdue)).toContain('Update by Rhiannon Deverell');
    expect(actionRow(exceptions, overdue)).toContain('Owner: Jonah Blythe');
    expect(exceptions).toContain('Director to escalate to the housing director; revised date 24 July.');
    expect(exceptions).toContain('<caption>Exceptions this period</caption>');
  });

  it('names no owner or update author in the public version, even when the model still carries them', () => {
    const realistic = publicReportModelFixture();
    const leaky: ReportModel = { ...reportModelFixture('public'), publicNote: realistic.publicNote };
    for (const m of [realistic, leaky]) {
      const publicHtml = renderReportHtml(m);
      for (const name of [...FIXTURE_OWNER_NAMES, ...FIXTURE_AUTHOR_NAMES]) expect(publicHtml).not.toContain(name);
      expect(publicHtml).toContain(esc(realistic.publicNote!));
      expect(rowOf(publicHtml, '6.2')).toContain('Director of Children’s Services');
      for (const ref of actionRefs(m)) expect(rowsOf(publicHtml, ref).length).toBeGreaterThan(0);
    }
    expect(renderReportHtml(realistic)).toContain('fewer than 5');
  });

  it('rejects a report kind it does not know', () => {
    const unknown = { ...model, kind: 'minutes' } as unknown as ReportModel;
    expect(() => renderReportHtml(unknown)).toThrow(UnknownReportKindError);
    expect(() => renderReportHtml(unknown)).toThrow(/"minutes" is not known: use one of scrutiny/);
  });
});

describe('measureChartSvg', () => {
  const model = reportModelFixture();
  const supervision = model.areas[0]!.measures[0]!;
  const audits = model.areas[0]!.measures[1]!;

  it('is an accessible image with a title, description, labelled axes and SPC, target and special-cause marks', () => {
    const svg = measureChartSvg(supervision, { width: 640, height: 320 });
    expectWellNested(svg);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* role="img"/);
    expect(svg).toContain('aria-labelledby="chart-supervision-on-time-title chart-supervision-on-time-desc"');
    expect(svg).toContain('width="640" height="320" viewBox="0 0 640 320"');
    expect(svg).toContain(
      '<title id="chart-supervision-on-time-title">Supervision held on time: monthly chart</title>',
    );
    expect(svg).toContain(`<desc id="chart-supervision-on-time-desc">${esc(supervision.chartDescription)}</desc>`);
    expect(svg).toContain('>Per cent</text>');
    expect(svg).toContain('>Month end</text>');
    expect(svg).toContain(`>Mean ${supervision.spc!.mean}%</text>`);
    expect(svg).toContain('>Upper limit</text>');
    expect(svg).toContain('>Target 90%</text>');
    const latest = supervision.series.filter((p) => p.value !== null).at(-1)!.value;
    expect(svg).toContain(`>Latest ${latest}%</text>`);
    expect(svg).toContain('; Amber: within tolerance, 2 points below');
    const points = supervision.series.filter((p) => p.value !== null).length;
    const signals = supervision.spc!.signalDates.length;
    expect(signals).toBeGreaterThan(0);
    expect(svg.match(/<circle cx=/g)).toHaveLength(points - signals + 1); // + the legend sample
    expect(svg.match(/\(special cause\)<\/title>/g)).toHaveLength(signals);
  });

  it('breaks the line where a month has no value', () => {
    const svg = measureChartSvg(audits, { width: 640, height: 320 });
    const line = /<path d="([^"]+)" fill="none" stroke="#12436D"/.exec(svg)![1]!;
    expect(line.match(/M/g)).toHaveLength(3);
  });

  it('takes an id prefix so one measure can be drawn twice in a document', () => {
    const svg = measureChartSvg(supervision, { width: 400, height: 260, idPrefix: 'second' });
    expect(svg).toContain('aria-labelledby="second-title second-desc"');
    expect(svg).toContain('clip-path="url(#second-plot)"');
  });
});

describe('renderDocx', () => {
  const model = reportModelFixture('scrutiny');
  const charted = chartedMeasures(model);

  it('uses Word heading styles, real tables with repeating header rows, chart images with alt text, A4 and page numbers', async () => {
    // Distinct bytes per chart (after IEND), as docx stores identical images once.
    const charts = new Map([...charted.keys()].map((id, i) => [id, Buffer.concat([TINY_PNG, Buffer.from([i])])]));
    const { document, footers, media, text } = await unzipDocx(await renderDocx(model, charts));
    for (const style of ['Heading1', 'Heading2', 'Heading3', 'Heading4', 'Caption']) {
      expect(document).toContain(`<w:pStyle w:val="${style}"/>`);
    }
    const tables = document.match(/<w:tbl>/g)!.length;
    expect(tables).toBeGreaterThanOrEqual(15);
    expect(document.match(/<w:tblHeader\/>/g)).toHaveLength(tables);
    expect(media).toHaveLength(charted.size);
    for (const m of charted.values()) {
      expect(document).toContain(`descr="${esc(m.chartDescription)}"`);
    }
    expect(text).not.toContain('Data for the chart');
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(footers.join('')).toMatch(/PAGE[\s\S]*NUMPAGES/);
    expect(footers.join('')).toContain('Improvement plan progress report');
    for (const ref of actionRefs(model)) expect(text).toContain(ref);
    for (const m of measuresOf(model)) expect(text).toContain(m.title);
    expect(text).toContain('Priority 3: Responses to 16 and 17 year olds who present as homeless');
    expect(text).toContain('Overdue by 5 days: housing sign-off delayed');
    expect(text).toContain('7 points below the trajectory of 40% (17.5% short)');
  });

  it('puts the data table where a chart image is missing', async () => {
    const { media, text } = await unzipDocx(await renderDocx(model, new Map()));
    expect(media).toHaveLength(0);
    for (const m of charted.values()) expect(text).toContain(`Data for the chart "${m.title}"`);
  });

  it('names no owner or update author in the public version', async () => {
    const leaky = reportModelFixture('public');
    const { text, zip } = await unzipDocx(await renderDocx(leaky, new Map()));
    const core = await zip.file('docProps/core.xml')!.async('string');
    for (const name of [...FIXTURE_OWNER_NAMES, ...FIXTURE_AUTHOR_NAMES]) {
      expect(text).not.toContain(name);
      expect(core).not.toContain(name);
    }
  });
});

describe('ReportBrowser without Chromium', () => {
  it('is unavailable and PDF export fails with a message naming Chromium and saying what still works', async () => {
    const browser = new ReportBrowser({ executablePath: '/nonexistent/chromium' });
    expect(browser.available()).toBe(false);
    const attempt = renderPdf('<!DOCTYPE html><title>x</title>', browser);
    await expect(attempt).rejects.toBeInstanceOf(PdfUnavailableError);
    await expect(renderPdf('', browser)).rejects.toThrow(
      /Chromium was not found at \/nonexistent\/chromium.*CHROMIUM_PATH.*DOCX and HTML reports still work/,
    );
    await expect(renderChartPng('<svg width="1" height="1"></svg>', browser)).rejects.toBeInstanceOf(
      PdfUnavailableError,
    );
    await browser.close();
  });
});

describe.skipIf(pdfSkipReason !== '')(`PDF and chart images with Chromium ${pdfSkipReason}`, () => {
  const browser = new ReportBrowser({ executablePath: CHROMIUM });
  const dir = mkdtempSync(path.join(tmpdir(), 'waypoint-report-'));
  afterAll(async () => {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints a tagged A4 PDF with bookmarks, page numbers and every action ref and measure title', async () => {
    const model = reportModelFixture('scrutiny');
    const pdf = await renderPdf(renderReportHtml(model), browser);
    const file = path.join(dir, 'scrutiny.pdf');
    writeFileSync(file, pdf);
    const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(
      /^Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)$|^Page size:\s+595\.\d+ x 842\.\d+ pts \(A4\)$/m,
    );
    expect(info).toMatch(/^Title:\s+Improvement plan progress report – Kellingford City Council$/m);
    const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)![1]);
    expect(pages).toBeGreaterThan(1);
    expect(pdf.includes('/Outlines')).toBe(true);
    const text = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    for (const ref of actionRefs(model)) expect(text).toContain(ref);
    for (const m of measuresOf(model)) expect(text).toContain(m.title);
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(text).toContain('Red: off track');
  });

  it('prints the public version without owner or author names', async () => {
    const pdf = await renderPdf(renderReportHtml(reportModelFixture('public')), browser);
    const file = path.join(dir, 'public.pdf');
    writeFileSync(file, pdf);
    const text = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    expect(text).toContain('Our plan to improve children’s services: progress');
    for (const name of [...FIXTURE_OWNER_NAMES, ...FIXTURE_AUTHOR_NAMES]) expect(text).not.toContain(name);
  });

  it('draws charts as 2× PNGs in Chromium and puts them in the DOCX', async () => {
    const model = reportModelFixture('scrutiny');
    const png = await renderChartPng(
      measureChartSvg(model.areas[0]!.measures[0]!, { width: 680, height: 300 }),
      browser,
    );
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1360, 600]);
    const charts = await renderReportChartPngs(model, browser);
    expect([...charts.keys()].sort()).toEqual([...chartedMeasures(model).keys()].sort());
    const { media, zip } = await unzipDocx(await renderDocx(model, charts));
    expect(media).toHaveLength(charts.size);
    const first = await zip.file(media[0]!)!.async('nodebuffer');
    expect(first.readUInt32BE(16)).toBe(1360);
  });

  it('names the chart when an SVG cannot be drawn', async () => {
    await expect(
      renderChartPngs(new Map([['broken-chart', '<svg width="10" height="10"><g></svg>']]), browser),
    ).rejects.toThrow(/Chart "broken-chart" could not be drawn: its SVG is not well-formed/);
    await expect(renderChartPngs(new Map([['no-size', '<svg></svg>']]), browser)).rejects.toThrow(
      /Chart "no-size": the <svg> element has no numeric width and height/,
    );
  });

  it('never has more than two pages open at once', async () => {
    let open = 0;
    let most = 0;
    let twoOpen: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      twoOpen = resolve;
    });
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    // Each page stays open until two are open, then long enough for a third to open if the limit allowed it.
    await Promise.all(
      Array.from({ length: 3 }, () =>
        browser.withPage(async () => {
          open += 1;
          most = Math.max(most, open);
          if (open === 2) twoOpen();
          await Promise.race([gate, sleep(10_000)]);
          await sleep(1_000);
          open -= 1;
        }),
      ),
    );
    expect(most).toBe(2);
  });
});
