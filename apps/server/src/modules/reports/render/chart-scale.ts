/** Axis arithmetic for the hand-written SVG charts: "nice" value ticks and monthly date ticks. */

/** Ticks and the rounded domain they span. */
export interface LinearTicks {
  min: number;
  max: number;
  step: number;
  values: number[];
}

/** Rounds a raw step up to 1, 2, 2.5 or 5 times a power of ten. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/** About `count` evenly spaced round ticks covering [min, max]; `whole` keeps steps to whole numbers (counts). */
export function linearTicks(min: number, max: number, count = 5, whole = false): LinearTicks {
  let lo = min;
  let hi = max;
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) {
    lo = 0;
    hi = 1;
  }
  if (hi === lo) {
    const pad = Math.abs(hi) > 0 ? Math.abs(hi) * 0.1 : 1;
    lo -= pad;
    hi += pad;
  }
  const raw = niceStep((hi - lo) / Math.max(1, count - 1));
  const step = whole && raw < 1 ? 1 : whole && raw === 2.5 ? 2 : raw;
  const first = Math.floor(lo / step) * step;
  const last = Math.ceil(hi / step) * step;
  const values: number[] = [];
  for (let v = first; v <= last + step / 2; v += step) values.push(Number(v.toPrecision(12)));
  return { min: values[0]!, max: values[values.length - 1]!, step, values };
}

/** Month indexes (year × 12 + month − 1) to label on a monthly axis, at most `maxLabels` of them, aligned to the calendar. */
export function monthTicks(first: number, last: number, maxLabels = 7): number[] {
  const span = last - first + 1;
  const step = [1, 2, 3, 6, 12, 24, 60].find((s) => Math.ceil(span / s) <= maxLabels) ?? 120;
  const ticks: number[] = [];
  for (let m = first; m <= last; m += 1) if (m % step === 0) ticks.push(m);
  if (ticks.length === 0) ticks.push(first);
  return ticks;
}

/** Spreads label positions (sorted top to bottom) so that neighbours are at least `gap` apart, within [top, bottom]. */
export function spreadLabels(positions: number[], gap: number, top: number, bottom: number): number[] {
  const order = positions.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const placed = order.map((o) => Math.max(top, Math.min(bottom, o.y)));
  for (let k = 1; k < placed.length; k += 1) placed[k] = Math.max(placed[k]!, placed[k - 1]! + gap);
  const overflow = (placed[placed.length - 1] ?? bottom) - bottom;
  if (overflow > 0) {
    placed[placed.length - 1] = bottom;
    for (let k = placed.length - 2; k >= 0; k -= 1) placed[k] = Math.min(placed[k]!, placed[k + 1]! - gap);
  }
  const result = new Array<number>(positions.length);
  order.forEach((o, k) => {
    result[o.i] = placed[k]!;
  });
  return result;
}

/** Splits text into lines of at most about `maxChars` characters at spaces (at most `maxLines`, the last one ellipsed). */
export function wrapText(text: string, maxChars: number, maxLines = 2): string[] {
  const words = text.split(/\s+/).filter((w) => w !== '');
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const next = current === '' ? word : `${current} ${word}`;
    if (next.length > maxChars && current !== '') {
      lines.push(current);
      current = word;
    } else {
      current = next;
    }
  }
  if (current !== '') lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, Math.max(1, maxChars - 1))}…`;
  return kept;
}

/** Rough width in pixels of Arial text at a font size (for laying out legends without a DOM). */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.55;
}
