import type { ReportMeasure } from '../report-model.ts';
import { linearTicks, monthTicks, spreadLabels, textWidth, wrapText } from './chart-scale.ts';
import { escapeXml, slugify } from './escape.ts';
import { formatShortMonth, formatTick, formatValue, monthIndex, SHORT_MONTHS, unitAxisLabel } from './format.ts';

/** Size of a chart in CSS pixels; `idPrefix` keeps element ids unique when one measure is drawn twice in a document. */
export interface ChartOptions {
  width: number;
  height: number;
  idPrefix?: string;
}

/** Colour-blind-safe colours from the Government Analysis Function palette, plus GOV.UK greys. */
const COLOURS = {
  series: '#12436D',
  special: '#801650',
  target: '#F46A25',
  mean: '#3D3D3D',
  limits: '#505A5F',
  grid: '#D8DADB',
  axis: '#0B0C0C',
  secondaryText: '#505A5F',
} as const;

const FONT = 'Arial, Helvetica, sans-serif';

/** A point on the chart in month-index and value space. */
interface Point {
  month: number;
  value: number;
}

/** Rounds a coordinate to one decimal place to keep the SVG small. */
function r(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** The visible subtitle: latest value, target and rating in words with the distance to target beside it. */
export function chartSubtitle(measure: ReportMeasure): string {
  const parts = [`Latest ${measure.valueText} (${measure.periodText})`];
  if (measure.targetText) parts.push(`target ${measure.targetText}`);
  const rating = measure.distanceText ? `${measure.rag.text}, ${measure.distanceText}` : measure.rag.text;
  parts.push(rating);
  return parts.join('; ');
}

/** The month of each special-cause signal, for quick lookup. */
function signalMonths(measure: ReportMeasure): Set<number> {
  const months = new Set<number>();
  for (const d of measure.spc?.signalDates ?? []) {
    const m = monthIndex(d);
    if (m !== null) months.add(m);
  }
  return months;
}

/** Target line points: the trajectory (sorted) ending at the target date, or nothing when there is no dated target. */
function targetPoints(measure: ReportMeasure): Point[] {
  const target = measure.target;
  if (!target) return [];
  const points: Point[] = [];
  for (const t of target.trajectory) {
    const m = monthIndex(t.date);
    if (m !== null) points.push({ month: m, value: t.value });
  }
  const end = monthIndex(target.date);
  if (end !== null && !points.some((p) => p.month === end)) points.push({ month: end, value: target.value });
  return points.sort((a, b) => a.month - b.month);
}

/** A diamond marker path centred on (x, y). */
function diamond(x: number, y: number, size: number): string {
  return `M${r(x)} ${r(y - size)}L${r(x + size)} ${r(y)}L${r(x)} ${r(y + size)}L${r(x - size)} ${r(y)}Z`;
}

/**
 * A line chart of a measure's monthly series as a self-contained SVG string: SPC mean and process limits, the target
 * and trajectory, special-cause points as diamonds (other points are circles), labelled axes, a visible title and
 * subtitle, a legend, direct labels, and `<title>`/`<desc>` referenced by `aria-labelledby` on an `role="img"` root.
 */
export function measureChartSvg(measure: ReportMeasure, options: ChartOptions): string {
  const { width, height } = options;
  const id = options.idPrefix ?? `chart-${slugify(measure.id)}`;
  const unit = measure.unit;
  const signals = signalMonths(measure);

  const seriesPoints = measure.series
    .map((p) => ({ month: monthIndex(p.date), value: p.value }))
    .filter((p): p is { month: number; value: number | null } => p.month !== null)
    .sort((a, b) => a.month - b.month);
  const known = seriesPoints.filter((p): p is Point => p.value !== null);
  const target = targetPoints(measure);
  const spc = measure.spc;

  // Domains.
  const months = [...seriesPoints.map((p) => p.month), ...target.map((p) => p.month)];
  let firstMonth = months.length > 0 ? Math.min(...months) : 0;
  let lastMonth = months.length > 0 ? Math.max(...months) : 1;
  if (firstMonth === lastMonth) {
    firstMonth -= 1;
    lastMonth += 1;
  }
  const values = [...known.map((p) => p.value), ...target.map((p) => p.value)];
  if (spc) values.push(spc.mean, spc.upper, spc.lower);
  if (measure.target && target.length === 0) values.push(measure.target.value);
  const whole = unit === 'count';
  let yTicks = linearTicks(Math.min(...values), Math.max(...values), 5, whole);
  const dataMin = known.length > 0 ? Math.min(...known.map((p) => p.value)) : 0;
  const dataMax = known.length > 0 ? Math.max(...known.map((p) => p.value)) : 0;
  if (yTicks.min < 0 && dataMin >= 0) yTicks = linearTicks(0, Math.max(...values), 5, whole);
  if (unit === 'percent' && yTicks.max > 100 && dataMax <= 100) yTicks = linearTicks(yTicks.min, 100);
  const yMin = yTicks.min;
  const yMax = yTicks.max;

  // Layout: title lines, subtitle, legend, plot, axes.
  const titleLines = wrapText(measure.title, Math.floor((width - 16) / (15 * 0.55)));
  const subtitleLines = wrapText(chartSubtitle(measure), Math.floor((width - 16) / (12 * 0.55)));
  let cursor = 4;
  const titleYs = titleLines.map(() => {
    cursor += 18;
    return cursor;
  });
  const subtitleYs = subtitleLines.map(() => {
    cursor += 15;
    return cursor;
  });
  const legendY = cursor + 17;
  const plot = { left: 62, right: width - 104, top: legendY + 16, bottom: height - 42 };
  // Half a month of space at each end keeps the first and last markers inside the plot.
  const x = (month: number) =>
    plot.left + ((month - firstMonth + 0.5) / (lastMonth - firstMonth + 1)) * (plot.right - plot.left);
  const y = (value: number) => plot.bottom - ((value - yMin) / (yMax - yMin)) * (plot.bottom - plot.top);

  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="measure-chart" role="img" aria-labelledby="${id}-title ${id}-desc" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">`,
    `<title id="${id}-title">${escapeXml(`${measure.title}: monthly chart`)}</title>`,
    `<desc id="${id}-desc">${escapeXml(measure.chartDescription)}</desc>`,
    `<rect width="${width}" height="${height}" fill="#FFFFFF"/>`,
    `<defs><clipPath id="${id}-plot"><rect x="${r(plot.left)}" y="${r(plot.top - 6)}" width="${r(plot.right - plot.left)}" height="${r(plot.bottom - plot.top + 12)}"/></clipPath></defs>`,
  );
  titleLines.forEach((line, i) => {
    parts.push(
      `<text x="8" y="${titleYs[i]}" font-size="15" font-weight="bold" fill="${COLOURS.axis}">${escapeXml(line)}</text>`,
    );
  });
  subtitleLines.forEach((line, i) => {
    parts.push(
      `<text x="8" y="${subtitleYs[i]}" font-size="12" fill="${COLOURS.secondaryText}">${escapeXml(line)}</text>`,
    );
  });

  // Legend: only what the chart shows.
  const legend: Array<{ label: string; sample: (x0: number, y0: number) => string }> = [];
  if (known.length > 0) {
    legend.push({
      label: 'Monthly value',
      sample: (x0, y0) =>
        `<line x1="${x0}" y1="${y0}" x2="${x0 + 18}" y2="${y0}" stroke="${COLOURS.series}" stroke-width="2.5"/><circle cx="${x0 + 9}" cy="${y0}" r="3" fill="${COLOURS.series}"/>`,
    });
  }
  if (known.some((p) => signals.has(p.month))) {
    legend.push({
      label: 'Special cause',
      sample: (x0, y0) => `<path d="${diamond(x0 + 9, y0, 5)}" fill="${COLOURS.special}"/>`,
    });
  }
  if (spc) {
    legend.push({
      label: 'Mean',
      sample: (x0, y0) =>
        `<line x1="${x0}" y1="${y0}" x2="${x0 + 18}" y2="${y0}" stroke="${COLOURS.mean}" stroke-width="1.5"/>`,
    });
    legend.push({
      label: 'Process limits',
      sample: (x0, y0) =>
        `<line x1="${x0}" y1="${y0}" x2="${x0 + 18}" y2="${y0}" stroke="${COLOURS.limits}" stroke-width="1.5" stroke-dasharray="5 3"/>`,
    });
  }
  if (measure.target) {
    legend.push({
      label: target.length > 1 ? 'Target and trajectory' : 'Target',
      sample: (x0, y0) =>
        `<line x1="${x0}" y1="${y0}" x2="${x0 + 18}" y2="${y0}" stroke="${COLOURS.target}" stroke-width="2.5" stroke-dasharray="2 3"/>`,
    });
  }
  let legendX = 8;
  for (const item of legend) {
    parts.push(
      item.sample(legendX, legendY - 4),
      `<text x="${legendX + 23}" y="${legendY}" font-size="11" fill="${COLOURS.axis}">${escapeXml(item.label)}</text>`,
    );
    legendX += 23 + textWidth(item.label, 11) + 14;
  }

  // Grid and y axis.
  for (const v of yTicks.values) {
    const yy = r(y(v));
    parts.push(
      `<line x1="${plot.left}" y1="${yy}" x2="${r(plot.right)}" y2="${yy}" stroke="${COLOURS.grid}" stroke-width="1"/>`,
      `<text x="${plot.left - 6}" y="${yy}" dy="0.35em" text-anchor="end" font-size="11" fill="${COLOURS.axis}">${escapeXml(formatTick(unit, v))}</text>`,
    );
  }
  const yMid = (plot.top + plot.bottom) / 2;
  parts.push(
    `<text x="14" y="${r(yMid)}" transform="rotate(-90 14 ${r(yMid)})" text-anchor="middle" font-size="11" fill="${COLOURS.axis}">${escapeXml(unitAxisLabel(unit))}</text>`,
  );

  // X axis.
  parts.push(
    `<line x1="${plot.left}" y1="${r(plot.bottom)}" x2="${r(plot.right)}" y2="${r(plot.bottom)}" stroke="${COLOURS.axis}" stroke-width="1"/>`,
  );
  for (const m of monthTicks(firstMonth, lastMonth)) {
    const xx = r(x(m));
    const label = `${SHORT_MONTHS[m % 12]} ${Math.floor(m / 12)}`;
    parts.push(
      `<line x1="${xx}" y1="${r(plot.bottom)}" x2="${xx}" y2="${r(plot.bottom + 4)}" stroke="${COLOURS.axis}"/>`,
      `<text x="${xx}" y="${r(plot.bottom + 16)}" text-anchor="middle" font-size="11" fill="${COLOURS.axis}">${label}</text>`,
    );
  }
  parts.push(
    `<text x="${r((plot.left + plot.right) / 2)}" y="${r(plot.bottom + 34)}" text-anchor="middle" font-size="11" fill="${COLOURS.axis}">Month end</text>`,
  );

  // Direct labels at the right, spread so that they do not overlap.
  const labels: Array<{ y: number; text: string; colour: string }> = [];
  const plotted: string[] = [`<g clip-path="url(#${id}-plot)">`];

  if (spc && seriesPoints.length > 0) {
    const x1 = r(x(seriesPoints[0]!.month));
    const x2 = r(x(seriesPoints[seriesPoints.length - 1]!.month));
    const lines: Array<{ value: number; label: string; dash?: string; colour: string }> = [
      { value: spc.mean, label: `Mean ${formatTick(unit, spc.mean)}`, colour: COLOURS.mean },
      { value: spc.upper, label: 'Upper limit', dash: '5 3', colour: COLOURS.limits },
      { value: spc.lower, label: 'Lower limit', dash: '5 3', colour: COLOURS.limits },
    ];
    for (const line of lines) {
      if (line.value < yMin || line.value > yMax) continue;
      const yy = r(y(line.value));
      plotted.push(
        `<line x1="${x1}" y1="${yy}" x2="${x2}" y2="${yy}" stroke="${line.colour}" stroke-width="1.5"${line.dash ? ` stroke-dasharray="${line.dash}"` : ''}/>`,
      );
      labels.push({ y: y(line.value), text: line.label, colour: line.colour });
    }
  }

  if (measure.target) {
    const targetLabel = `Target ${formatValue(unit, measure.target.value)}`;
    if (target.length > 1) {
      const d = target.map((p, i) => `${i === 0 ? 'M' : 'L'}${r(x(p.month))} ${r(y(p.value))}`).join('');
      plotted.push(
        `<path d="${d}" fill="none" stroke="${COLOURS.target}" stroke-width="2.5" stroke-dasharray="2 3"/>`,
        ...target.map(
          (p) =>
            `<rect x="${r(x(p.month) - 3)}" y="${r(y(p.value) - 3)}" width="6" height="6" fill="#FFFFFF" stroke="${COLOURS.target}" stroke-width="1.5"/>`,
        ),
      );
      labels.push({ y: y(target[target.length - 1]!.value), text: targetLabel, colour: COLOURS.target });
    } else {
      const value = target[0]?.value ?? measure.target.value;
      const yy = r(y(value));
      plotted.push(
        `<line x1="${plot.left}" y1="${yy}" x2="${r(plot.right)}" y2="${yy}" stroke="${COLOURS.target}" stroke-width="2.5" stroke-dasharray="2 3"/>`,
      );
      labels.push({ y: y(value), text: targetLabel, colour: COLOURS.target });
    }
  }

  // The series: a line broken where a month has no value, circles for points, diamonds for special causes.
  let d = '';
  let penDown = false;
  for (const p of seriesPoints) {
    if (p.value === null) {
      penDown = false;
      continue;
    }
    d += `${penDown ? 'L' : 'M'}${r(x(p.month))} ${r(y(p.value))}`;
    penDown = true;
  }
  if (d !== '') {
    plotted.push(`<path d="${d}" fill="none" stroke="${COLOURS.series}" stroke-width="2.5" stroke-linejoin="round"/>`);
  }
  for (const p of known) {
    plotted.push(
      signals.has(p.month)
        ? `<path d="${diamond(x(p.month), y(p.value), 6)}" fill="${COLOURS.special}" stroke="#FFFFFF" stroke-width="1"><title>${escapeXml(`${formatShortMonth(monthDate(p.month))}: ${formatValue(unit, p.value)} (special cause)`)}</title></path>`
        : `<circle cx="${r(x(p.month))}" cy="${r(y(p.value))}" r="3" fill="${COLOURS.series}"/>`,
    );
  }
  plotted.push('</g>');
  parts.push(...plotted);

  const latest = known[known.length - 1];
  if (latest)
    labels.push({ y: y(latest.value), text: `Latest ${formatValue(unit, latest.value)}`, colour: COLOURS.series });
  if (known.length === 0) {
    parts.push(
      `<text x="${r((plot.left + plot.right) / 2)}" y="${r(yMid)}" text-anchor="middle" font-size="13" fill="${COLOURS.secondaryText}">No values to show</text>`,
    );
  }
  const spread = spreadLabels(
    labels.map((l) => l.y),
    13,
    plot.top,
    plot.bottom,
  );
  labels.forEach((l, i) => {
    parts.push(
      `<text x="${r(plot.right + 6)}" y="${r(spread[i]!)}" dy="0.35em" font-size="11" fill="${l.colour}">${escapeXml(l.text)}</text>`,
    );
  });

  parts.push('</svg>');
  return parts.join('');
}

/** The month-end-free ISO date of a month index (its first day), for labels. */
function monthDate(month: number): string {
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`;
}
