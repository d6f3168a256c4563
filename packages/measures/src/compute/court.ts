/**
 * Court and pre-proceedings (local PLO tracker).
 */
import type { ComputeFn } from '../types.ts';
import { inPeriod, twelveMonthStartDay } from './common.ts';
import { dayOf, OPEN } from './dates.ts';
import { count, mean, percent } from './figures.ts';

/** proceedings-26-weeks: proceedings disposed in the period within 26 weeks of issue; companion: mean weeks. */
export const proceedings26Weeks: ComputeFn = (ctx) => {
  const disposed: { id: string; weeks: number }[] = [];
  (ctx.data.raw.ploCases ?? []).forEach((c, i) => {
    if (!c.disposalDate || !c.issueDate) return;
    const disposal = dayOf(c.disposalDate, () => `ploCases[${i}].disposalDate`);
    if (!inPeriod(ctx, disposal)) return;
    disposed.push({
      id: c.familyId ?? c.caseId,
      weeks: (disposal - dayOf(c.issueDate, () => `ploCases[${i}].issueDate`)) / 7,
    });
  });
  const inTime = disposed.filter((d) => d.weeks <= 26).map((d) => d.id);
  return {
    main: percent(inTime.length, disposed.length, inTime),
    variants: {
      'mean-weeks': mean(
        disposed.reduce((s, d) => s + d.weeks, 0),
        disposed.length,
        'weeks',
      ),
    },
  };
};

/**
 * pre-proceedings-outcomes: families in pre-proceedings at the date; companions: mean weeks in
 * pre-proceedings so far, and outcomes (stepped down / issued) of pre-proceedings ended in the 12 months.
 */
export const preProceedingsOutcomes: ComputeFn = (ctx) => {
  const from = twelveMonthStartDay(ctx);
  const open: { id: string; weeks: number }[] = [];
  const ended: string[] = [];
  const steppedDown: string[] = [];
  const issued: string[] = [];
  (ctx.data.raw.ploCases ?? []).forEach((c, i) => {
    if (!c.preProceedingsStart) return;
    const start = dayOf(c.preProceedingsStart, () => `ploCases[${i}].preProceedingsStart`);
    const end = c.preProceedingsEnd ? dayOf(c.preProceedingsEnd, () => `ploCases[${i}].preProceedingsEnd`) : OPEN;
    const id = c.familyId ?? c.caseId;
    if (start <= ctx.endDay && end > ctx.endDay) open.push({ id, weeks: (ctx.endDay - start) / 7 });
    if (end >= from && end <= ctx.endDay) {
      ended.push(id);
      if (c.preProceedingsOutcome === 'stepped-down') steppedDown.push(id);
      if (c.preProceedingsOutcome === 'issued') issued.push(id);
    }
  });
  return {
    main: count(
      open.length,
      open.map((o) => o.id),
    ),
    variants: {
      'mean-weeks': mean(
        open.reduce((s, o) => s + o.weeks, 0),
        open.length,
        'weeks',
      ),
      'stepped-down': percent(steppedDown.length, ended.length, steppedDown),
      issued: percent(issued.length, ended.length, issued),
    },
    breakdown: { 'open-over-26-weeks': count(open.filter((o) => o.weeks > 26).length) },
  };
};
