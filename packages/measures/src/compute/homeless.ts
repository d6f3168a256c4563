/**
 * Homeless 16- and 17-year-olds (local presentation log, with a 903 cross-check for s.20).
 */
import type { HomelessPresentation } from '../records.ts';
import type { ComputeContext, ComputeFn } from '../types.ts';
import { ageOnDay } from './cla-index.ts';
import { addWorkingDaysSafe, inPeriod, workingDaysBetween } from './common.ts';
import { dayOf } from './dates.ts';
import { count, percent } from './figures.ts';

interface PPresentation {
  row: HomelessPresentation;
  day: number;
  assessed: number | null;
  repeat: boolean;
}

function presentations(ctx: ComputeContext): PPresentation[] {
  return ctx.data.memo('homeless', () => {
    const rows = (ctx.data.raw.homelessPresentations ?? []).map((row, i) => ({
      row,
      day: dayOf(row.date, () => `homelessPresentations[${i}].date`),
      assessed: row.assessmentCompleted
        ? dayOf(row.assessmentCompleted, () => `homelessPresentations[${i}].assessmentCompleted`)
        : null,
      repeat: false,
    }));
    rows.sort((a, b) => a.day - b.day);
    const seen = new Set<string>();
    for (const p of rows) {
      p.repeat = seen.has(p.row.childId);
      seen.add(p.row.childId);
    }
    return rows;
  });
}

function inWindow(ctx: ComputeContext): PPresentation[] {
  return presentations(ctx).filter((p) => inPeriod(ctx, p.day));
}

/** homeless-1617-presentations: presentations in the period (new and repeat). */
export const homelessPresentations: ComputeFn = (ctx) => {
  const rows = inWindow(ctx);
  const repeat = rows.filter((p) => p.repeat).length;
  return {
    main: count(
      rows.length,
      rows.map((p) => p.row.childId),
    ),
    breakdown: {
      new: count(rows.length - repeat),
      repeat: count(repeat),
      'young-people': count(new Set(rows.map((p) => p.row.childId)).size),
    },
  };
};

/**
 * homeless-1617-assessed-in-time: presentations in the period assessed within the local target (default
 * 10 working days). Unassessed presentations whose target date is after the period end are not yet due.
 */
export const homelessAssessedInTime: ComputeFn = (ctx) => {
  const target = ctx.options.homelessAssessmentWorkingDays ?? 10;
  const due = inWindow(ctx).filter((p) => p.assessed !== null || addWorkingDaysSafe(p.day, target) <= ctx.endDay);
  const inTime = due.filter((p) => p.assessed !== null && workingDaysBetween(p.day, p.assessed) <= target);
  const joint = due.filter((p) => p.row.jointAssessment);
  return {
    main: percent(
      inTime.length,
      due.length,
      inTime.map((p) => p.row.childId),
    ),
    variants: { 'joint-assessment': percent(joint.length, due.length) },
  };
};

/** homeless-1617-informed-of-rights: assessed presentations where written information on rights was given. */
export const homelessInformedOfRights: ComputeFn = (ctx) => {
  const assessed = inWindow(ctx).filter((p) => p.assessed !== null);
  const informed = assessed.filter((p) => p.row.rightsInformed);
  return {
    main: percent(
      informed.length,
      assessed.length,
      informed.map((p) => p.row.childId),
    ),
  };
};

/**
 * homeless-1617-accommodated-s20: presentations needing accommodation (unknown counts as needing it)
 * that led to s.20 accommodation; cross-check: 903 starts with RNE S, LS V2, aged 16–17.
 */
export const homelessAccommodatedS20: ComputeFn = (ctx) => {
  const needing = inWindow(ctx).filter((p) => p.row.accommodationNeeded !== false);
  const s20 = needing.filter((p) => p.row.outcome === 's20');
  let starts = 0;
  if (ctx.data.raw.claEpisodes) {
    for (const child of ctx.data.cla.children) {
      for (const ep of child.episodes) {
        if (ep.rne !== 'S' || ep.ls !== 'V2' || !inPeriod(ctx, ep.start)) continue;
        const age = ageOnDay(child, ep.start);
        if (age === 16 || age === 17) starts++;
      }
    }
  }
  return {
    main: percent(
      s20.length,
      needing.length,
      s20.map((p) => p.row.childId),
    ),
    breakdown: {
      's17-support': count(needing.filter((p) => p.row.outcome === 's17').length),
      ...(ctx.data.raw.claEpisodes ? { 'ssda903-s20-starts-aged-16-17': count(starts) } : {}),
    },
  };
};

/** homeless-1617-bnb: B&B placements of 16/17-year-olds starting in the period (and nights). */
export const homelessBnb: ComputeFn = (ctx) => {
  const rows = presentations(ctx).filter((p, i) => {
    if ((p.row.emergencyAccommodation ?? '').toLowerCase() !== 'bnb') return false;
    const start = p.row.emergencyStart
      ? dayOf(p.row.emergencyStart, () => `homelessPresentations[${i}].emergencyStart`)
      : p.day;
    return inPeriod(ctx, start);
  });
  const nights = rows.reduce((sum, p) => sum + (p.row.emergencyNights ?? 0), 0);
  return {
    main: count(
      rows.length,
      rows.map((p) => p.row.childId),
    ),
    breakdown: { nights: count(nights) },
  };
};
