/** Words for measures: values, periods, ratings, SPC readings, sources. Pure functions, no React. */
import { MONTH_NAMES } from '@waypoint/calendar';
import type { RagStatus } from '../../components/RagTag.tsx';
import { date } from '../../lib/format.ts';
import type { FigureFilters, MeasureSummary, MeasureUnit, MeasureView, Month, Polarity, SeriesPoint } from './types.ts';

/** "June 2026" for `2026-06` (the text as it is when it is not a month). */
export function monthLabel(month: Month): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  const name = match ? MONTH_NAMES[Number(match[2]) - 1] : undefined;
  return match && name ? `${name} ${match[1]}` : month;
}

/** The `n` months ending with `last`, newest first (`2026-06`, `2026-05`, …). */
export function monthsBefore(last: Month, n: number): Month[] {
  const [y, m] = last.split('-').map(Number) as [number, number];
  return Array.from({ length: n }, (_, i) => {
    const total = y * 12 + (m - 1) - i;
    return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
  });
}

/** Service areas of the catalogue in the words of the measures specification. */
export const SERVICE_AREA_LABELS: Readonly<Record<string, string>> = {
  'front-door': 'Front door and referrals',
  assessment: 'Assessment',
  'child-protection': 'Child protection',
  'children-in-care': 'Children in care',
  placements: 'Placements and sufficiency',
  missing: 'Missing from home and care',
  'care-leavers': 'Care leavers',
  court: 'Court and pre-proceedings (PLO)',
  workforce: 'Workforce, supervision and quality assurance',
  'homeless-16-17': 'Homeless 16- and 17-year-olds',
};

/** A service area's name ("Children in care"); unknown ids are written out from the id. */
export function serviceAreaLabel(id: string): string {
  const known = SERVICE_AREA_LABELS[id];
  if (known) return known;
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const ONE_DP = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** "child" for "children", "family" for "families", otherwise the noun without its final s. */
export function singularNoun(noun: string): string {
  if (noun === 'children') return 'child';
  if (noun === 'families') return 'family';
  return noun.endsWith('s') ? noun.slice(0, -1) : noun;
}

/** "1 child", "41 children". */
export function countOf(n: number, noun: string): string {
  return `${WHOLE.format(n)} ${n === 1 ? singularNoun(noun) : noun}`;
}

/** A value in its unit, as the server words it: "78.0%", "56.0 per 10,000", "2 children", "4.5 months". */
export function formatMeasureValue(value: number, unit: MeasureUnit, countNoun = 'children'): string {
  const sign = value < 0 ? '−' : '';
  const a = Math.abs(value);
  const whole = Number.isInteger(Math.round(a * 1e9) / 1e9);
  switch (unit) {
    case 'percent':
      return `${sign}${ONE_DP.format(a)}%`;
    case 'rate-per-10000':
      return `${sign}${ONE_DP.format(a)} per 10,000`;
    case 'count':
      return `${sign}${whole ? WHOLE.format(a) : ONE_DP.format(a)} ${a === 1 ? singularNoun(countNoun) : countNoun}`;
    case 'days':
      return `${sign}${whole ? WHOLE.format(a) : ONE_DP.format(a)} ${a === 1 ? 'day' : 'days'}`;
    case 'weeks':
      return `${sign}${ONE_DP.format(a)} weeks`;
    case 'months':
      return `${sign}${ONE_DP.format(a)} months`;
    case 'score':
    case 'ratio':
      return `${sign}${ONE_DP.format(a)}`;
  }
}

/** A short axis or table figure without the count noun: "78.0%", "56.0", "12". */
export function formatAxisValue(value: number, unit: MeasureUnit): string {
  if (unit === 'percent') return `${ONE_DP.format(value)}%`;
  if (unit === 'count' || unit === 'days') return Number.isInteger(value) ? WHOLE.format(value) : ONE_DP.format(value);
  return ONE_DP.format(value);
}

/** The unit as an axis label: "Per cent", "Rate per 10,000 children", "Children". */
export function unitLabel(unit: MeasureUnit, countNoun = 'children'): string {
  switch (unit) {
    case 'percent':
      return 'Per cent';
    case 'rate-per-10000':
      return 'Rate per 10,000 children';
    case 'count':
      return countNoun.charAt(0).toUpperCase() + countNoun.slice(1);
    case 'days':
      return 'Days';
    case 'weeks':
      return 'Weeks';
    case 'months':
      return 'Months';
    case 'score':
      return 'Score';
    case 'ratio':
      return 'Ratio';
  }
}

/** "78.0% in June 2026", or "No data". */
export function latestText(view: Pick<MeasureView, 'latest'>): string {
  return view.latest ? `${view.latest.valueText} in ${monthLabel(view.latest.month)}` : 'No data';
}

/**
 * Numerator and denominator: "41 of 52", "41 children" (no denominator), "fewer than 5" when the API hid a small
 * count from a read-only user, or null when there is nothing to say.
 */
export function countedText(view: Pick<MeasureSummary, 'latest' | 'countNoun' | 'series'>, hidesSmallCounts: boolean) {
  const latest = view.latest;
  if (!latest) return null;
  if (latest.numerator === null) {
    const point = view.series.find((p) => p.month === latest.month);
    return hidesSmallCounts && point?.source === 'computed' ? 'fewer than 5' : null;
  }
  if (latest.denominator === null) return countOf(latest.numerator, view.countNoun);
  return `${WHOLE.format(latest.numerator)} of ${WHOLE.format(latest.denominator)}`;
}

/** How a rating is shown: the RagTag status, its words, and the distance beside it. */
export interface RagDisplay {
  status: RagStatus;
  label: string;
  explanation?: string;
}

/**
 * The rating in words. ◇ (context) measures never get red or green: "Context only". Grey is "No data", or "Out
 * of date" when there is a value older than the measure's refresh interval. Without a target: "No target".
 */
export function ragDisplay(view: Pick<MeasureView, 'rag' | 'polarity' | 'latest' | 'target'>): RagDisplay {
  const { rag, distanceText } = view.rag;
  const distance = distanceText && distanceText !== 'no data' && distanceText !== 'no target set' ? distanceText : '';
  const withDistance = (status: RagStatus, label: string): RagDisplay =>
    distance ? { status, label, explanation: distance } : { status, label };
  if (rag === 'grey') return withDistance('no-data', view.latest ? 'Out of date' : 'No data');
  if (view.polarity === 'neither' || rag === 'none')
    return withDistance('not-rated', view.polarity === 'neither' ? 'Context only' : 'No target');
  return withDistance(rag, rag === 'green' ? 'On track' : rag === 'amber' ? 'At risk' : 'Off track');
}

/** "Higher is better", "Lower is better", or the context wording for ◇ measures. */
export function polarityText(polarity: Polarity): string {
  if (polarity === 'higher-better') return 'Higher is better';
  if (polarity === 'lower-better') return 'Lower is better';
  return 'No better direction: a context measure, compared with England and neighbours';
}

const ARROWS = { up: '↑', down: '↓', flat: '→' } as const;

/** The arrow for a month-on-month movement (decorative: the words say the same). */
export function trendArrow(trend: MeasureView['rag']['trend']): string {
  return ARROWS[trend];
}

/** "Improving: up since the previous month (higher is better)". */
export function directionText(view: Pick<MeasureView, 'rag' | 'polarity' | 'latest'>): string {
  if (!view.latest) return 'No data';
  const moved =
    view.rag.trend === 'flat' ? 'no change since the previous month' : `${view.rag.trend} since the previous month`;
  if (view.polarity === 'neither') return `${moved.charAt(0).toUpperCase()}${moved.slice(1)} (no better direction)`;
  const word = { improving: 'Improving', worsening: 'Worsening', stable: 'Stable' }[view.rag.direction];
  return `${word}: ${moved} (${polarityText(view.polarity).toLowerCase()})`;
}

/** The SPC reading in words. */
export function spcText(spc: MeasureView['spc']): string {
  if (!spc) return 'Not enough data for an SPC chart (it needs at least 2 months)';
  switch (spc.interpretation) {
    case 'improving':
      return 'Improving: a special-cause change in the better direction';
    case 'concerning':
      return 'Concerning: a special-cause change in the worse direction';
    case 'unusual change':
      return 'Unusual change: a special-cause change (no better direction)';
    default:
      return 'No significant change: the variation is common cause';
  }
}

/** "90.0% by 31 March 2027", or "No target". */
export function targetText(view: Pick<MeasureView, 'target'>): string {
  return view.target ? `${view.target.valueText} by ${date(view.target.date)}` : 'No target';
}

/** "80.0% for 30 June 2026", or null without a trajectory point. */
export function trajectoryText(view: Pick<MeasureView, 'target' | 'unit' | 'countNoun'>): string | null {
  const point = view.target?.trajectoryPoint;
  if (!point) return null;
  return `${formatMeasureValue(point.value, view.unit, view.countNoun)} for ${date(point.date)}`;
}

/**
 * Whether the current process can meet the target: inside the process limits it will sometimes meet it and
 * sometimes not; outside, it will meet it every month or miss it every month unless something changes.
 */
export function targetLimitsText(view: Pick<MeasureView, 'spc' | 'target' | 'polarity' | 'unit' | 'countNoun'>) {
  const { spc, target } = view;
  if (!target) return 'No target is set.';
  if (!spc || spc.targetWithinLimits === null) return 'Not known: there is not enough data for process limits.';
  const value = target.trajectoryPoint?.value ?? target.value;
  const limits = `${formatMeasureValue(spc.lower, view.unit, view.countNoun)} to ${formatMeasureValue(spc.upper, view.unit, view.countNoun)}`;
  const shown = formatMeasureValue(value, view.unit, view.countNoun);
  if (spc.targetWithinLimits)
    return `The target (${shown}) is within the process limits (${limits}): the process as it is will meet it in some months and miss it in others.`;
  const above = value > spc.upper;
  const met = view.polarity === 'neither' ? null : (view.polarity === 'higher-better') === !above ? 'meet' : 'not meet';
  const side = above ? 'above the upper' : 'below the lower';
  if (met === null) return `The target (${shown}) is ${side} process limit (${limits}).`;
  return met === 'meet'
    ? `The target (${shown}) is ${side} process limit (${limits}): the process as it is meets it every month.`
    : `The target (${shown}) is ${side} process limit (${limits}): the process as it is will not meet it without a change.`;
}

/** Why a point is a special cause, in words, from its value and limits. */
export function specialCauseReason(point: SeriesPoint): string {
  if (point.value !== null && point.upper !== undefined && point.value > point.upper)
    return 'above the upper process limit';
  if (point.value !== null && point.lower !== undefined && point.value < point.lower)
    return 'below the lower process limit';
  return 'part of a run or trend';
}

const SOURCE_LABELS: Readonly<Record<string, string>> = {
  '903': 'SSDA903 return (children looked after)',
  CIN: 'Children in need census',
  CSWW: 'Children’s social work workforce census',
  external: 'External data that Waypoint does not import',
};

/** "Children in need census", "Local records: supervision record". */
export function sourceLabel(source: string): string {
  const known = SOURCE_LABELS[source];
  if (known) return known;
  if (source.startsWith('local:')) return `Local records: ${source.slice(6).replace(/-/g, ' ')} records`;
  return source;
}

/** Frequency and period kind in words. */
export const FREQUENCY_LABELS: Readonly<Record<string, string>> = {
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  annual: 'Once a year',
};

const PERIOD_LABELS: Readonly<Record<string, string>> = {
  'at-date': 'At the end of each month',
  'during-period': 'During each month',
  'rolling-12-months': 'Rolling 12 months to the end of each month',
  'rolling-90-days': 'Rolling 90 days to the end of each month',
  'reporting-year': 'Reporting year (1 April to 31 March)',
};

/** "At the end of each month" for `at-date`. */
export function periodKindLabel(kind: string): string {
  return PERIOD_LABELS[kind] ?? kind.replace(/-/g, ' ');
}

/** How the measure's data arrive, for a measure with no value: the API's reason. */
export function noDataText(view: Pick<MeasureView, 'status' | 'noDataReason'>): string {
  return view.noDataReason ?? 'No data held for this measure yet.';
}

/**
 * Reads a number typed into a form for the API: '' → null (not given); a number → that number; anything else is
 * sent as typed, so the API answers with its own message ("Enter the target as a number").
 */
export function numberField(text: string): number | string | null {
  const t = text.trim().replace(/,/g, '');
  if (t === '') return null;
  const n = Number(t.replace(/%$/, ''));
  return Number.isFinite(n) ? n : text.trim();
}

/** "Figures for the children whose cases Children in Care held, aged 10 to 15, on 15 July 2026." */
export function subsetText(figures: FigureFilters & { asOf: string }): string {
  const team = figures.teams.find((t) => t.id === figures.filters.team)?.name ?? figures.filters.team;
  const band = figures.ageBands.find((b) => b.id === figures.filters.ageBand)?.label;
  const who = [team && `whose cases ${team} held`, band && `aged ${band}`].filter(Boolean).join(', ');
  return `Figures for the children ${who} on ${date(figures.asOf)}.`;
}
