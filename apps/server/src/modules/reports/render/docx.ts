import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  InternalHyperlink,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import type { ReportMeasure, ReportModel } from '../report-model.ts';
import type { Block, Cell, Line, Run, TableBlock, Tone } from './blocks.ts';
import { chartDataTable } from './chart-data-table.ts';
import { buildReportBlocks } from './content/index.ts';

/** A4 in twips, with 15 mm margins (the PDF's side margins). */
const PAGE = { width: 11906, height: 16838, margin: 850 } as const;
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

/** Width of chart images on the page, in pixels at 96 per inch (about 16 cm). */
const CHART_WIDTH_PX = 600;

/** Text and fill colours of GOV.UK tags, for Word runs. */
const TAG_COLOURS: Record<Tone, { color: string; fill?: string }> = {
  green: { color: '005A30', fill: 'CCE2D8' },
  amber: { color: '594D00', fill: 'FFF7BF' },
  red: { color: '2A0B06', fill: 'F4CDC6' },
  blue: { color: '0C2D4A', fill: 'BBD4EA' },
  grey: { color: '282D30', fill: 'E5E6E7' },
  plain: { color: '0B0C0C' },
};

const HEADING_LEVELS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
} as const;

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'B1B4B6' } as const;
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;

/** Font sizes in half-points. */
const SIZE = { body: 21, lead: 26, table: 17, compact: 14, caption: 28, footer: 16 } as const;

/** Converts block ids to Word bookmark names (a letter first; letters, digits and underscores; 40 at most). */
class BookmarkNames {
  private readonly names = new Map<string, string>();
  name(id: string): string {
    let name = this.names.get(id);
    if (!name) {
      name = `r${this.names.size + 1}_${id.replace(/[^A-Za-z0-9]/g, '_')}`.slice(0, 40);
      this.names.set(id, name);
    }
    return name;
  }
}

/** One run as Word text runs (a tag is shaded and padded with spaces; the words are always there). */
function runOf(run: Run, size: number): TextRun {
  if (run.tag) {
    const colours = TAG_COLOURS[run.tag];
    return new TextRun({
      text: `\u00a0${run.text}\u00a0`,
      size,
      color: colours.color,
      shading: colours.fill ? { type: ShadingType.CLEAR, fill: colours.fill, color: 'auto' } : undefined,
    });
  }
  return new TextRun({ text: run.text, size, bold: run.bold, color: run.hint ? '505A5F' : undefined });
}

/** A line as a paragraph. */
function lineParagraph(line: Line, size: number, options: { alignment?: 'left' | 'right'; keepNext?: boolean } = {}) {
  return new Paragraph({
    children: line.map((r) => runOf(r, size)),
    alignment: options.alignment === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    keepNext: options.keepNext,
    spacing: { after: 40 },
  });
}

/** Width of each column in twips from the block's relative widths (equal when none are given). */
function columnWidths(t: TableBlock): number[] {
  const relative = t.widths ?? t.head.map(() => 1);
  const total = relative.reduce((s, w) => s + w, 0);
  return relative.map((w) => Math.floor((w / total) * CONTENT_WIDTH));
}

/** A table cell. */
function cellOf(c: Cell, width: number, size: number, header: boolean): TableCell {
  const right = c.numeric === true;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: { top: NO_BORDER, left: NO_BORDER, right: NO_BORDER, bottom: BORDER },
    shading: header ? { type: ShadingType.CLEAR, fill: 'F3F2F1', color: 'auto' } : undefined,
    margins: { top: 40, bottom: 40, left: 60, right: 60 },
    children: c.lines.map((l) =>
      lineParagraph(header ? l.map((r) => ({ ...r, bold: true })) : l, size, { alignment: right ? 'right' : 'left' }),
    ),
  });
}

/** A caption paragraph and a real Word table whose header row repeats on each page and whose rows do not split. */
function tableOf(t: TableBlock): Array<Paragraph | Table> {
  const widths = columnWidths(t);
  const size = t.compact ? SIZE.compact : SIZE.table;
  const numeric = new Set(t.numericColumns ?? []);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.head.map((h, i) => cellOf({ lines: [[{ text: h }]], numeric: numeric.has(i) }, widths[i]!, size, true)),
  });
  const rows = t.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.map((c, i) =>
          cellOf(
            {
              ...c,
              numeric: c.numeric ?? numeric.has(i),
              lines:
                i === 0 && t.rowHeaders
                  ? c.lines.map((l) => l.map((r) => ({ ...r, bold: r.tag ? r.bold : true })))
                  : c.lines,
            },
            widths[i]!,
            size,
            false,
          ),
        ),
      }),
  );
  return [
    new Paragraph({
      style: 'Caption',
      keepNext: true,
      children: [new TextRun({ text: t.caption })],
    }),
    new Table({
      rows: [header, ...rows],
      width: { size: CONTENT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      borders: {
        top: NO_BORDER,
        bottom: NO_BORDER,
        left: NO_BORDER,
        right: NO_BORDER,
        insideHorizontal: BORDER,
        insideVertical: NO_BORDER,
      },
    }),
    new Paragraph({ children: [], spacing: { after: 120 } }),
  ];
}

/** Width and height of a PNG from its header (IHDR). */
function pngSize(png: Buffer): { width: number; height: number } | null {
  const signature = '89504e470d0a1a0a';
  if (png.length < 24 || png.subarray(0, 8).toString('hex') !== signature) return null;
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The chart as an image with its description as alt text, or its data table when there is no usable image. */
function chartOf(measure: ReportMeasure, png: Buffer | undefined): Array<Paragraph | Table> {
  const size = png ? pngSize(png) : null;
  if (!png || !size) return tableOf(chartDataTable(measure));
  return [
    new Paragraph({
      children: [
        new ImageRun({
          type: 'png',
          data: png,
          transformation: { width: CHART_WIDTH_PX, height: Math.round((CHART_WIDTH_PX * size.height) / size.width) },
          altText: { name: measure.id, title: measure.title, description: measure.chartDescription },
        }),
      ],
      spacing: { after: 160 },
    }),
  ];
}

/** One block as Word paragraphs and tables. */
function blockOf(
  block: Block,
  charts: ReadonlyMap<string, Buffer>,
  bookmarks: BookmarkNames,
): Array<Paragraph | Table> {
  switch (block.type) {
    case 'caption':
      return [
        new Paragraph({
          children: [new TextRun({ text: block.text, size: SIZE.caption, color: '505A5F' })],
          spacing: { after: 60 },
        }),
      ];
    case 'heading':
      return [
        new Paragraph({
          heading: HEADING_LEVELS[block.level],
          pageBreakBefore: block.pageBreakBefore,
          keepNext: true,
          children: [new Bookmark({ id: bookmarks.name(block.id), children: [new TextRun(block.text)] })],
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          children: block.line.map((r) =>
            runOf(block.style === 'hint' ? { ...r, hint: true } : r, block.style === 'lead' ? SIZE.lead : SIZE.body),
          ),
          spacing: { after: 160 },
        }),
      ];
    case 'list':
      return block.items.map(
        (item) => new Paragraph({ bullet: { level: 0 }, children: item.map((r) => runOf(r, SIZE.body)) }),
      );
    case 'summary':
      return tableOf({
        type: 'table',
        caption: block.label,
        head: ['Item', 'Detail'],
        rows: block.rows.map((r) => [{ lines: [[{ text: r.key }]] }, { lines: [r.value] }]),
        rowHeaders: true,
        widths: [32, 68],
      });
    case 'inset':
      return [
        new Paragraph({
          children: block.line.map((r) => runOf(r, SIZE.body)),
          border: { left: { style: BorderStyle.SINGLE, size: 48, color: 'B1B4B6', space: 10 } },
          indent: { left: 300 },
          spacing: { before: 200, after: 200 },
        }),
      ];
    case 'contents': {
      const title = new Paragraph({ children: [new TextRun({ text: 'Contents', bold: true, size: SIZE.body })] });
      const entries = block.entries.map(
        (e) =>
          new Paragraph({
            indent: { left: 240 },
            spacing: { after: 40 },
            children: [
              new InternalHyperlink({
                anchor: bookmarks.name(e.id),
                children: [new TextRun({ text: e.text, style: 'Hyperlink', size: SIZE.body })],
              }),
            ] satisfies ParagraphChild[],
          }),
      );
      return [title, ...entries, new Paragraph({ children: [], spacing: { after: 200 } })];
    }
    case 'table':
      return tableOf(block);
    case 'chart':
      return chartOf(block.measure, charts.get(block.measure.id));
  }
}

/** The footer: the report title on the left, "Page X of Y" on the right. */
function footerOf(title: string): Footer {
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
        children: [
          new TextRun({ text: title, size: SIZE.footer, color: '505A5F' }),
          new TextRun({
            children: [new Tab(), 'Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
            size: SIZE.footer,
            color: '505A5F',
          }),
        ],
      }),
    ],
  });
}

/**
 * The report as an editable Word document (A4): Heading 1–4 styles (the navigation pane works), real tables with
 * repeating header rows, chart images (PNG, keyed by measure id) with the chart description as alt text — or the
 * chart's data table where an image is missing — and page numbers in the footer.
 */
export async function renderDocx(model: ReportModel, charts: ReadonlyMap<string, Buffer>): Promise<Buffer> {
  const bookmarks = new BookmarkNames();
  const children = buildReportBlocks(model).flatMap((b) => blockOf(b, charts, bookmarks));
  const heading = (size: number) => ({
    run: { font: 'Arial', size, bold: true, color: '0B0C0C' },
    paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
  });
  const document = new Document({
    title: `${model.title} – ${model.authority.name}`,
    subject: model.plan.title,
    creator: model.kind === 'public' ? model.authority.name : model.generatedBy,
    description: `${model.plan.versionLabel}; data as at ${model.dataAsAt}`,
    styles: {
      default: {
        document: {
          run: { font: 'Arial', size: SIZE.body, color: '0B0C0C', language: { value: 'en-GB' } },
          paragraph: { spacing: { after: 120, line: 276 } },
        },
        heading1: heading(48),
        heading2: heading(34),
        heading3: heading(26),
        heading4: heading(22),
        caption: {
          run: { font: 'Arial', size: 19, bold: true, color: '0B0C0C' },
          paragraph: { spacing: { before: 120, after: 60 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: 907, bottom: 1134, left: PAGE.margin, right: PAGE.margin, footer: 454 },
          },
        },
        footers: { default: footerOf(model.title) },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
