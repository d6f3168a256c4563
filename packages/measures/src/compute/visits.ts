/**
 * Statutory visit timeliness from local visit records: CP visits within the local standard and CLA
 * visits at the regulation 28 frequency.
 */
import type { ComputeContext, ComputeFn } from '../types.ts';
import { episodeOn, lookedAfterOn, type PChild } from './cla-index.ts';
import { addMonthsToDay, between, lowerBound, workingDaysSince } from './common.ts';
import { dayOf } from './dates.ts';
import { percent } from './figures.ts';

interface PVisit {
  day: number;
  seen: boolean;
  seenAlone: boolean | undefined;
}

function visitsByChild(ctx: ComputeContext, type: 'CP' | 'CLA'): Map<string, PVisit[]> {
  return ctx.data.memo(`visits-${type}`, () => {
    const map = new Map<string, PVisit[]>();
    (ctx.data.raw.visits ?? []).forEach((v, i) => {
      if (v.type !== type) return;
      const list = map.get(v.childId) ?? [];
      list.push({ day: dayOf(v.date, () => `visits[${i}].date`), seen: v.seen, seenAlone: v.seenAlone });
      map.set(v.childId, list);
    });
    for (const list of map.values()) list.sort((a, b) => a.day - b.day);
    return map;
  });
}

/**
 * cp-visits-on-time: children on a CP plan for the whole period whose every gap between visits where
 * the child was seen (from the last visit before the period, or the plan start, to the period end) was
 * within the standard (default 10 working days). Companion: % of CP visits in the period seen alone.
 */
export const cpVisitsOnTime: ComputeFn = (ctx) => {
  const standard = ctx.options.cpVisitWorkingDays ?? 10;
  const visits = visitsByChild(ctx, 'CP');
  const cohort = new Map<string, number>();
  for (const plan of ctx.data.cin.plans) {
    if (plan.start > ctx.startDay) break;
    if (plan.end > ctx.endDay) cohort.set(plan.childId, Math.min(cohort.get(plan.childId) ?? plan.start, plan.start));
  }
  const hits: string[] = [];
  for (const [childId, planStart] of cohort) {
    const seen = between(visits.get(childId) ?? [], (v) => v.day, planStart, ctx.endDay).filter((v) => v.seen);
    let anchor = planStart;
    for (const v of seen) if (v.day <= ctx.startDay) anchor = v.day;
    let ok = true;
    for (const v of seen) {
      if (v.day <= anchor) continue;
      if (workingDaysSince(anchor, v.day) > standard) ok = false;
      anchor = v.day;
    }
    if (workingDaysSince(anchor, ctx.endDay) > standard) ok = false;
    if (ok) hits.push(childId);
  }
  const byDay = ctx.data.memo('visits-CP-by-day', () => [...visits.values()].flat().sort((a, b) => a.day - b.day));
  let inPeriodVisits = 0;
  let alone = 0;
  for (const v of between(byDay, (x) => x.day, ctx.startDay, ctx.endDay)) {
    if (!v.seen) continue;
    inPeriodVisits++;
    if (v.seenAlone) alone++;
  }
  return {
    main: percent(hits.length, cohort.size, hits),
    variants: { 'seen-alone': percent(alone, inPeriodVisits) },
  };
};

const LONG_TERM = new Set(['U1', 'U4']);

/**
 * cla-visits-on-time (reg 28): children looked after at the period end whose visits in the period
 * (from when they were looked after) met the frequency: a visit within 7 days of each placement start,
 * then at most 6 weeks apart in a placement's first year, then at most 3 months apart in a long-term
 * foster placement (U1/U4) or 6 weeks otherwise; the last visit must not be overdue at the period end.
 */
export const claVisitsOnTime: ComputeFn = (ctx) => {
  const visits = visitsByChild(ctx, 'CLA');
  const cohort = lookedAfterOn(ctx.data.cla, ctx.endDay);
  const hits = cohort.filter((child) => claVisitsMet(child, visits.get(child.id) ?? [], ctx)).map((c) => c.id);
  return { main: percent(hits.length, cohort.length, hits) };
};

function claVisitsMet(child: PChild, visits: PVisit[], ctx: ComputeContext): boolean {
  const periodStart = episodeOn(child, ctx.endDay)!.periodStart;
  const from = Math.max(ctx.startDay, periodStart);
  // A visit within 7 days of every placement starting in the period (when that week has passed).
  for (const spell of child.spells) {
    if (spell.start < from || spell.start > ctx.endDay || spell.first.temporary) continue;
    if (spell.start + 7 > ctx.endDay) continue;
    const next = visits[lowerBound(visits, (v) => v.day, spell.start)];
    if (!next || next.day > spell.start + 7) return false;
  }
  // Gaps between visits, starting from the last visit before the period (or entry to care).
  let anchor = periodStart;
  const firstAfter = lowerBound(visits, (v) => v.day, from + 1);
  if (firstAfter > 0 && visits[firstAfter - 1]!.day >= periodStart) anchor = visits[firstAfter - 1]!.day;
  const allowedAfter = (day: number): number => {
    const ep = episodeOn(child, day);
    const spell = child.spells[lowerBound(child.spells, (s) => s.start, day + 1) - 1];
    const firstYear = !spell || day < addMonthsToDay(spell.start, 12);
    if (!firstYear && ep && LONG_TERM.has(ep.place)) return addMonthsToDay(day, 3);
    return day + 42;
  };
  for (let i = firstAfter; i < visits.length; i++) {
    const v = visits[i]!;
    if (v.day > ctx.endDay) break;
    if (v.day <= anchor) continue;
    if (v.day > allowedAfter(anchor)) return false;
    anchor = v.day;
  }
  return ctx.endDay <= allowedAfter(anchor);
}
