import type { ReportModel } from '../report-model.ts';
import type { Block, Cell, Line, Run, TableBlock } from './blocks.ts';
import { chartDataTable } from './chart-data-table.ts';
import { measureChartSvg } from './charts.ts';
import { buildReportBlocks } from './content/index.ts';
import { escapeXml } from './escape.ts';
import { REPORT_CSS } from './html-styles.ts';

/** Size of charts in the HTML (CSS pixels; they scale down to the page width). */
export const HTML_CHART_SIZE = { width: 680, height: 300 } as const;

/** Tables with at most this many rows are kept on one page when they fit. */
const KEEP_TOGETHER_ROWS = 10;

/** One run as HTML. */
function runHtml(run: Run): string {
  const body = escapeXml(run.text);
  if (run.tag) return `<strong class="tag tag--${run.tag}">${body}</strong>`;
  if (run.bold) return `<strong>${body}</strong>`;
  if (run.hint) return `<span class="hint">${body}</span>`;
  return body;
}

/** A line's runs as HTML (no wrapper). */
function lineHtml(line: Line): string {
  return line.map(runHtml).join('');
}

/** A table cell's content: one block-level span per line. */
function cellContent(c: Cell): string {
  if (c.lines.length === 1) return lineHtml(c.lines[0]!);
  return c.lines.map((l) => `<span class="line">${lineHtml(l)}</span>`).join('');
}

/** A table with `<caption>`, column widths and `scope` on every header cell. */
function tableHtml(t: TableBlock): string {
  const numeric = new Set(t.numericColumns ?? []);
  const cls = (i: number) => (numeric.has(i) ? ' class="numeric"' : '');
  const cols = t.widths ? `<colgroup>${t.widths.map((w) => `<col style="width:${w}%">`).join('')}</colgroup>` : '';
  const head = `<thead><tr>${t.head.map((h, i) => `<th scope="col"${cls(i)}>${escapeXml(h)}</th>`).join('')}</tr></thead>`;
  const body = t.rows
    .map(
      (row) =>
        `<tr>${row
          .map((c, i) =>
            i === 0 && t.rowHeaders
              ? `<th scope="row"${cls(i)}>${cellContent(c)}</th>`
              : `<td${cls(i)}>${cellContent(c)}</td>`,
          )
          .join('')}</tr>`,
    )
    .join('');
  const classes = [
    'table',
    ...(t.compact ? ['table--compact'] : []),
    ...(t.rows.length <= KEEP_TOGETHER_ROWS ? ['table--keep'] : []),
  ];
  return `<table class="${classes.join(' ')}"><caption>${escapeXml(t.caption)}</caption>${cols}${head}<tbody>${body}</tbody></table>`;
}

/** One block as HTML. */
function blockHtml(block: Block): string {
  switch (block.type) {
    case 'caption':
      return `<span class="caption">${escapeXml(block.text)}</span>`;
    case 'heading': {
      const cls = block.pageBreakBefore ? ' class="page-break"' : '';
      return `<h${block.level} id="${block.id}"${cls}>${escapeXml(block.text)}</h${block.level}>`;
    }
    case 'paragraph':
      return `<p${block.style && block.style !== 'body' ? ` class="${block.style}"` : ''}>${lineHtml(block.line)}</p>`;
    case 'list':
      return `<ul class="list">${block.items.map((i) => `<li>${lineHtml(i)}</li>`).join('')}</ul>`;
    case 'summary':
      return `<dl class="summary-list">${block.rows
        .map((r) => `<div class="summary-list__row"><dt>${escapeXml(r.key)}</dt><dd>${lineHtml(r.value)}</dd></div>`)
        .join('')}</dl>`;
    case 'inset':
      return `<div class="inset-text">${lineHtml(block.line)}</div>`;
    case 'contents':
      return `<nav class="contents" aria-labelledby="contents-title"><p class="contents__title" id="contents-title">Contents</p><ol>${block.entries
        .map((e) => `<li><a href="#${e.id}">${escapeXml(e.text)}</a></li>`)
        .join('')}</ol></nav>`;
    case 'table':
      return tableHtml(block);
    case 'chart':
      return `<figure class="chart" id="${block.id}">${measureChartSvg(block.measure, { ...HTML_CHART_SIZE, idPrefix: `${block.id}-svg` })}</figure>${tableHtml(chartDataTable(block.measure))}`;
  }
}

/**
 * The report as a complete, self-contained HTML document (inline CSS and SVG, no external requests), used for the
 * in-browser preview and as the source of the PDF.
 */
export function renderReportHtml(model: ReportModel): string {
  const blocks = buildReportBlocks(model);
  const firstH2 = blocks.findIndex((b) => b.type === 'contents' || (b.type === 'heading' && b.level === 2));
  const split = firstH2 < 0 ? blocks.length : firstH2;
  const cover = blocks.slice(0, split).map(blockHtml).join('\n');
  const body = blocks.slice(split).map(blockHtml).join('\n');
  const title = `${model.title} – ${model.authority.name}`;
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main class="report">
<header class="cover">
${cover}
</header>
${body}
</main>
</body>
</html>
`;
}
