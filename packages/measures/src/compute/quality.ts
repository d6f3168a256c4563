/**
 * Quality assurance (local): audits, supervision, feedback and evidence to court.
 */
import type { CaseAudit, Grade } from '../records.ts';
import type { ComputeContext, ComputeFn, Figure } from '../types.ts';
import { inPeriod } from './common.ts';
import { dayOf } from './dates.ts';
import { count, percent } from './figures.ts';
import { snapshotOn } from './workforce.ts';

/** True for Good or Outstanding. */
export function isGoodOrBetter(grade: Grade): boolean {
  return grade === 'good' || grade === 'outstanding';
}

function auditsIn(ctx: ComputeContext, theme?: string): CaseAudit[] {
  return (ctx.data.raw.caseAudits ?? []).filter(
    (a, i) =>
      (theme === undefined || a.theme === theme) &&
      inPeriod(
        ctx,
        dayOf(a.date, () => `caseAudits[${i}].date`),
      ),
  );
}

function gradedGood(audits: CaseAudit[]): Figure {
  const good = audits.filter((a) => isGoodOrBetter(a.moderatedGrade ?? a.grade));
  return percent(
    good.length,
    audits.length,
    good.map((a) => a.childId ?? a.auditId),
  );
}

/** assessment-quality-good: assessment audits in the period graded Good or Outstanding (moderated grade when moderated). */
export const assessmentQualityGood: ComputeFn = (ctx) => ({ main: gradedGood(auditsIn(ctx, 'assessment')) });

/** case-audits-good: audits in the period graded Good or better; companions: moderation and actions on time. */
export const caseAuditsGood: ComputeFn = (ctx) => {
  const audits = auditsIn(ctx);
  const moderated = audits.filter((a) => a.moderatedGrade !== undefined);
  const agreed = moderated.filter((a) => a.moderatedGrade === a.grade);
  let actionsDue = 0;
  let actionsOnTime = 0;
  for (const a of ctx.data.raw.caseAudits ?? []) {
    for (const action of a.actions ?? []) {
      const due = dayOf(action.dueDate, () => `caseAudits(${a.auditId}).actions.dueDate`);
      if (!inPeriod(ctx, due)) continue;
      actionsDue++;
      if (
        action.completedDate &&
        dayOf(action.completedDate, () => `caseAudits(${a.auditId}).actions.completedDate`) <= due
      ) {
        actionsOnTime++;
      }
    }
  }
  const byTheme: Record<string, Figure> = {};
  for (const theme of [...new Set(audits.map((a) => a.theme))].sort()) {
    byTheme[`theme-${theme}`] = gradedGood(audits.filter((a) => a.theme === theme));
  }
  return {
    main: gradedGood(audits),
    variants: {
      moderated: percent(moderated.length, audits.length),
      'moderator-agreed': percent(agreed.length, moderated.length),
      'actions-on-time': percent(actionsOnTime, actionsDue),
    },
    breakdown: byTheme,
  };
};

/**
 * supervision-on-time: workers in the workforce snapshot at the date whose last supervision is within
 * the standard (default 28 days); without snapshots, workers with any supervision in the 12 months.
 * Companion: supervision audits (theme "supervision") in the 12 months graded Good or better.
 */
export const supervisionOnTime: ComputeFn = (ctx) => {
  const standard = ctx.options.supervisionDays ?? 28;
  const last = new Map<string, number>();
  (ctx.data.raw.supervision ?? []).forEach((s, i) => {
    const d = dayOf(s.date, () => `supervision[${i}].date`);
    if (d <= ctx.endDay && d > (last.get(s.workerId) ?? Number.NEGATIVE_INFINITY)) last.set(s.workerId, d);
  });
  const snapshot = snapshotOn(ctx);
  const notes: string[] = [];
  let workers: string[];
  if (snapshot) workers = [...new Set(snapshot.rows.filter((r) => r.kind !== 'vacancy').map((r) => r.workerId))];
  else {
    workers = [...last].filter(([, d]) => d > ctx.endDay - 365).map(([w]) => w);
    notes.push('No workforce snapshot at the date: workers supervised in the last 12 months form the cohort.');
  }
  const hits = workers.filter((w) => {
    const d = last.get(w);
    return d !== undefined && ctx.endDay - d <= standard;
  });
  const audits = (ctx.data.raw.caseAudits ?? []).filter((a, i) => {
    const d = dayOf(a.date, () => `caseAudits[${i}].date`);
    return a.theme === 'supervision' && d <= ctx.endDay && d > ctx.endDay - 365;
  });
  return {
    main: percent(hits.length, workers.length, hits),
    variants: { 'audits-good': gradedGood(audits) },
    notes: notes.length ? notes : undefined,
  };
};

/** feedback-positive: responses in the period saying the help made a difference. */
export const feedbackPositive: ComputeFn = (ctx) => {
  const rows = (ctx.data.raw.feedback ?? []).filter((f, i) =>
    inPeriod(
      ctx,
      dayOf(f.date, () => `feedback[${i}].date`),
    ),
  );
  const breakdown: Record<string, Figure> = {};
  for (const who of ['child', 'parent', 'carer', 'other'] as const) {
    const group = rows.filter((r) => r.respondent === who);
    if (group.length) breakdown[who] = percent(group.filter((r) => r.positive).length, group.length);
  }
  const positive = rows.filter((r) => r.positive);
  return { main: percent(positive.length, rows.length), breakdown: { ...breakdown, responses: count(rows.length) } };
};

/** court-evidence-quality: evidence reviews in the period rated Good or better. */
export const courtEvidenceQuality: ComputeFn = (ctx) => {
  const rows = (ctx.data.raw.courtEvidenceReviews ?? []).filter((r, i) =>
    inPeriod(
      ctx,
      dayOf(r.date, () => `courtEvidenceReviews[${i}].date`),
    ),
  );
  const good = rows.filter((r) => isGoodOrBetter(r.grade));
  return {
    main: percent(
      good.length,
      rows.length,
      good.map((r) => r.caseId ?? r.reviewId),
    ),
  };
};
