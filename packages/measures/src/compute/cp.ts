/**
 * Child protection: children on plans, repeat plans, long plans, review timeliness and neglect drift.
 */
import type { ComputeFn } from '../types.ts';
import { addMonthsToDay, between, inPeriod, populationFor, twelveMonthStartDay } from './common.ts';
import { dayOf, endDayOf } from './dates.ts';
import { count, percent, ratePer10000 } from './figures.ts';
import { reviewsDue } from './review-chain.ts';

/** cp-rate: children with an open CP plan at the date per 10,000 children. */
export const cpRate: ComputeFn = (ctx) => {
  const pop = populationFor(ctx);
  if (!pop) return { noData: 'No population estimate of children aged 0–17 (population0to17).' };
  const open = new Set<string>();
  for (const p of ctx.data.cin.plans) {
    if (p.start > ctx.endDay) break;
    if (p.end > ctx.endDay) open.add(p.childId);
  }
  return {
    main: ratePer10000(open.size, pop.value, [...open]),
    breakdown: { children: count(open.size) },
    notes: pop.note ? [pop.note] : undefined,
  };
};

/** cp-repeat-plans: plans starting in the period that are a second or subsequent plan. */
export const cpRepeatPlans: ComputeFn = (ctx) => {
  const started = ctx.data.cin.plans.filter((p) => inPeriod(ctx, p.start));
  const hits = started.filter((p) => p.previousPlans >= 1).map((p) => p.childId);
  const derived = started.filter((p) => !p.previousPlansRecorded).length;
  return {
    main: percent(hits.length, started.length, hits),
    notes: derived
      ? [`${derived} plans had no NumberOfPreviousCPP; their earlier plans in the data were counted instead.`]
      : undefined,
  };
};

/** cp-2-years-plus: plans open at the date that have lasted 2 years or more; companion: plans ended in the 12 months. */
export const cp2YearsPlus: ComputeFn = (ctx) => {
  const twoYearsAgo = addMonthsToDay(ctx.endDay, -24);
  const open = ctx.data.cin.plans.filter((p) => p.start <= ctx.endDay && p.end > ctx.endDay);
  const long = open.filter((p) => p.start <= twoYearsAgo).map((p) => p.childId);
  const from = twelveMonthStartDay(ctx);
  const ended = ctx.data.cin.plans.filter((p) => p.end >= from && p.end <= ctx.endDay);
  const endedLong = ended.filter((p) => p.start <= addMonthsToDay(p.end, -24)).map((p) => p.childId);
  return {
    main: percent(long.length, open.length, long),
    variants: { ended: percent(endedLong.length, ended.length, endedLong) },
  };
};

/** cp-reviews-on-time: reviews due in the period held within 3 months of the plan start, then 6-monthly. */
export const cpReviewsOnTime: ComputeFn = (ctx) => {
  const dues = ctx.data.memo('cp-review-dues', () =>
    ctx.data.cin.plans
      .flatMap((plan) =>
        reviewsDue(
          {
            start: plan.start,
            end: plan.end,
            reviews: plan.reviews,
            firstDue: (s) => addMonthsToDay(s, 3),
            nextDue: (date) => addMonthsToDay(date, 6),
          },
          Number.NEGATIVE_INFINITY,
          CHAIN_HORIZON,
        ).map((r) => ({ childId: plan.childId, ...r })),
      )
      .sort((a, b) => a.due - b.due),
  );
  let due = 0;
  let missed = 0;
  const onTime: string[] = [];
  for (const r of between(dues, (d) => d.due, ctx.startDay, ctx.endDay)) {
    due++;
    if (r.onTime) onTime.push(r.childId);
    if (r.held === null || r.held > ctx.endDay) missed++;
  }
  return { main: percent(onTime.length, due, onTime), breakdown: { 'due-not-held': count(missed) } };
};

/** Review chains are generated up to this epoch day (1 January 2040). */
const CHAIN_HORIZON = 25_567;

/**
 * neglect-drift: children on a neglect (NEG) plan at the date open 9+ months (configurable) or on a
 * second or subsequent plan, with no pre-proceedings or proceedings started during the plan.
 */
export const neglectDrift: ComputeFn = (ctx) => {
  const months = ctx.options.neglectDriftMonths ?? 9;
  const threshold = addMonthsToDay(ctx.endDay, -months);
  const escalations = ctx.data.memo('plo-escalations', () => {
    const map = new Map<string, number[]>();
    (ctx.data.raw.ploCases ?? []).forEach((c, i) => {
      const starts: number[] = [];
      if (c.preProceedingsStart) starts.push(dayOf(c.preProceedingsStart, () => `ploCases[${i}].preProceedingsStart`));
      if (c.issueDate) starts.push(endDayOf(c.issueDate, () => `ploCases[${i}].issueDate`));
      for (const child of c.childIds) map.set(child, [...(map.get(child) ?? []), ...starts]);
    });
    return map;
  });
  const neglect = ctx.data.cin.plans.filter(
    (p) => p.start <= ctx.endDay && p.end > ctx.endDay && p.latestCategory === 'NEG',
  );
  const children = new Set(neglect.map((p) => p.childId));
  const drifting = new Set<string>();
  for (const p of neglect) {
    if (p.start > threshold && p.previousPlans < 1) continue;
    const escalated = (escalations.get(p.childId) ?? []).some((d) => d >= p.start && d <= ctx.endDay);
    if (!escalated) drifting.add(p.childId);
  }
  return {
    main: count(drifting.size, [...drifting], children.size),
    variants: { share: percent(drifting.size, children.size, [...drifting]) },
    notes:
      ctx.data.raw.ploCases === undefined
        ? ['No PLO tracker records were supplied; no plan counts as escalated.']
        : undefined,
  };
};
