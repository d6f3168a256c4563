/**
 * Care leavers: OC3 in touch, suitable accommodation and EET by age band; pathway plans in date (local).
 */
import { lastCompleteReportingYear } from '../period.ts';
import type { Oc3CareLeaver } from '../records.ts';
import type { ComputeContext, ComputeFn, Figure } from '../types.ts';
import { addMonthsToDay } from './common.ts';
import { dayOf } from './dates.ts';
import { count, percent } from './figures.ts';

/** Age band of an OC3 row: age on 31 March of the collection year (the birthday fell in the year). */
export function careLeaverAgeBand(row: Oc3CareLeaver): '17-18' | '19-21' | 'other' {
  const [by, bm] = row.dateOfBirth.split('-').map(Number) as [number, number];
  const age = bm > 3 ? row.year - by - 1 : row.year - by;
  if (age === 17 || age === 18) return '17-18';
  if (age >= 19 && age <= 21) return '19-21';
  return 'other';
}

const EET = new Set(['F1', 'P1', 'F2', 'P2', 'F4', 'P4', 'F5', 'P5']);

function oc3Measure(
  ctx: ComputeContext,
  test: (r: Oc3CareLeaver) => boolean,
  extra?: (rows: Oc3CareLeaver[]) => Record<string, Figure>,
) {
  const year = lastCompleteReportingYear(ctx.period.end);
  const rows = (ctx.data.raw.oc3 ?? []).filter((r) => r.year === year);
  if (rows.length === 0) return { noData: `No OC3 rows for the year ending 31 March ${year}.` };
  const figure = (subset: Oc3CareLeaver[]) => {
    const hits = subset.filter(test).map((r) => r.childId);
    return percent(hits.length, subset.length, hits);
  };
  const young = rows.filter((r) => careLeaverAgeBand(r) === '17-18');
  const older = rows.filter((r) => careLeaverAgeBand(r) === '19-21');
  return {
    main: figure(rows),
    variants: { '17-18': figure(young), '19-21': figure(older) },
    breakdown: extra?.(rows),
  };
}

/** care-leavers-in-touch: OC3 IN_TOUCH = YES. */
export const careLeaversInTouch: ComputeFn = (ctx) =>
  oc3Measure(
    ctx,
    (r) => r.inTouch.toUpperCase() === 'YES',
    (rows) => {
      const out: Record<string, Figure> = {};
      for (const code of ['YES', 'NO', 'DIED', 'REFU', 'NREQ', 'RHOM']) {
        out[code] = percent(rows.filter((r) => r.inTouch.toUpperCase() === code).length, rows.length);
      }
      return out;
    },
  );

/** care-leavers-suitable-accommodation: OC3 ACCOM suitability digit 1. */
export const careLeaversSuitableAccommodation: ComputeFn = (ctx) =>
  oc3Measure(ctx, (r) => r.accommodation.length === 2 && r.accommodation[1] === '1');

/** care-leavers-eet: OC3 ACTIV in F1, P1, F2, P2, F4, P4, F5, P5. */
export const careLeaversEet: ComputeFn = (ctx) => oc3Measure(ctx, (r) => EET.has(r.activity.toUpperCase()));

/** pathway-plans-in-date: eligible care leavers whose latest pathway plan review is at most 6 months old. */
export const pathwayPlansInDate: ComputeFn = (ctx) => {
  const months = ctx.options.pathwayPlanMonths ?? 6;
  const oldest = addMonthsToDay(ctx.endDay, -months);
  const eligible: string[] = [];
  const inDate: string[] = [];
  const withPa: string[] = [];
  (ctx.data.raw.careLeavers ?? []).forEach((c, i) => {
    const from = dayOf(c.eligibleFrom, () => `careLeavers[${i}].eligibleFrom`);
    const to = c.eligibleTo ? dayOf(c.eligibleTo, () => `careLeavers[${i}].eligibleTo`) : Number.POSITIVE_INFINITY;
    if (from > ctx.endDay || to <= ctx.endDay) return;
    eligible.push(c.childId);
    let latest = Number.NEGATIVE_INFINITY;
    c.pathwayPlanReviews.forEach((r, j) => {
      const d = dayOf(r, () => `careLeavers[${i}].pathwayPlanReviews[${j}]`);
      if (d <= ctx.endDay && d > latest) latest = d;
    });
    if (latest >= oldest) inDate.push(c.childId);
    if (
      c.personalAdviserFrom &&
      dayOf(c.personalAdviserFrom, () => `careLeavers[${i}].personalAdviserFrom`) <= ctx.endDay
    ) {
      withPa.push(c.childId);
    }
  });
  return {
    main: percent(inDate.length, eligible.length, inDate),
    variants: { 'pa-allocated': percent(withPa.length, eligible.length, withPa) },
    breakdown: { eligible: count(eligible.length) },
  };
};
