import { formatLongDate, isIsoDate, MONTH_NAMES } from '@waypoint/calendar';

/** Parses the year and month of an ISO date (or date-time); null when it is not one. */
function yearMonth(iso: string): { year: number; month: number } | null {
  const match = /^(\d{4})-(\d{2})/.exec(iso);
  if (!match) return null;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  return { year: Number(match[1]), month };
}

/** "2026-07-15" → "15 July 2026" (GOV.UK style); text that is not an ISO date is returned unchanged. */
export function formatDate(iso: string): string {
  return isIsoDate(iso) ? formatLongDate(iso) : iso;
}

/** "2026-06-30" → "June 2026". */
export function formatMonth(iso: string): string {
  const ym = yearMonth(iso);
  return ym ? `${MONTH_NAMES[ym.month - 1]} ${ym.year}` : iso;
}

/** "2026-06-30" → "Jun 2026" (chart axes and compact tables). */
export function formatShortMonth(iso: string): string {
  const ym = yearMonth(iso);
  return ym ? `${MONTH_NAMES[ym.month - 1]!.slice(0, 3)} ${ym.year}` : iso;
}

/** Three-letter month names, January first. */
export const SHORT_MONTHS: readonly string[] = MONTH_NAMES.map((m) => m.slice(0, 3));

/** Months since year 0 of an ISO date ("2026-06-30" → 2026 × 12 + 5), for placing points on a monthly axis. */
export function monthIndex(iso: string): number | null {
  const ym = yearMonth(iso);
  return ym ? ym.year * 12 + ym.month - 1 : null;
}

/** Start and due dates as a timescale: "1 June 2026 to 28 July 2026", or "By 28 July 2026" without a start. */
export function formatTimescale(startDate: string | undefined, dueDate: string): string {
  return startDate ? `${formatDate(startDate)} to ${formatDate(dueDate)}` : `By ${formatDate(dueDate)}`;
}

/** An ISO date-time as UK local time, GOV.UK style: "15 July 2026 at 2:05pm". */
export function formatDateTime(isoDateTime: string): string {
  const when = new Date(isoDateTime);
  if (Number.isNaN(when.getTime())) return isoDateTime;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    hour12: true,
  }).formatToParts(when);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const hour = get('hour');
  const minute = get('minute');
  const period = get('dayPeriod').toLowerCase().replaceAll('.', '').replace(/\s/g, '');
  const time = minute === '00' ? `${hour}${period}` : `${hour}:${minute}${period}`;
  return `${get('day')} ${get('month')} ${get('year')} at ${time}`;
}

/** Rounds to at most `digits` decimal places, dropping trailing zeros ("78.0" → "78"). */
export function formatNumber(value: number, digits = 1): string {
  const rounded = Number(value.toFixed(digits));
  return rounded.toLocaleString('en-GB', { maximumFractionDigits: digits });
}

/** A measure value with its unit, for tables and chart labels: "78%", "34.1", "26 weeks". */
export function formatValue(unit: string, value: number): string {
  switch (unit) {
    case 'percent':
      return `${formatNumber(value, 1)}%`;
    case 'count':
      return formatNumber(value, 0);
    case 'days':
    case 'weeks':
    case 'months':
      return `${formatNumber(value, 1)} ${unit}`;
    default:
      return formatNumber(value, unit === 'ratio' ? 2 : 1);
  }
}

/** A value for a compact table cell: as `formatValue` but without a word unit ("26 weeks" → "26"; "78%" stays). */
export function formatCompactValue(unit: string, value: number): string {
  return unit === 'days' || unit === 'weeks' || unit === 'months' ? formatNumber(value, 1) : formatValue(unit, value);
}

/** A value without the unit suffix for a compact axis tick ("78%" stays, "26 weeks" → "26"). */
export function formatTick(unit: string, value: number): string {
  return unit === 'percent' ? `${formatNumber(value, 1)}%` : formatNumber(value, 2);
}

/** The y-axis label of a chart for a measure's unit. */
export function unitAxisLabel(unit: string): string {
  const labels: Record<string, string> = {
    percent: 'Per cent',
    'rate-per-10000': 'Rate per 10,000 children',
    count: 'Number',
    days: 'Days',
    weeks: 'Weeks',
    months: 'Months',
    score: 'Score',
    ratio: 'Ratio',
  };
  return labels[unit] ?? unit;
}

/** A measure's polarity in words ("Higher is better"). */
export function polarityText(polarity: string): string {
  if (polarity === 'higher-better') return 'Higher is better';
  if (polarity === 'lower-better') return 'Lower is better';
  return 'Neither higher nor lower is better in itself (context measure)';
}
