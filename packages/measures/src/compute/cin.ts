/**
 * CIN census measures: referrals, re-referrals, children in need, assessments, S47s and ICPCs.
 */
import type { ComputeContext, ComputeFn, Figure } from '../types.ts';
import type { CinIndex, PAssessment, PReferral, PSection47 } from './cin-index.ts';
import { addMonthsToDay, between, lowerBound, populationFor, workingDaysBetween } from './common.ts';
import { count, median, percent, ratePer10000 } from './figures.ts';

const byDate = (r: PReferral) => r.date;
const byAuthorised = (a: PAssessment) => a.authorised;

function referralsIn(ctx: ComputeContext): PReferral[] {
  return between(ctx.data.cin.referrals, byDate, ctx.startDay, ctx.endDay);
}

function authorisedIn(ctx: ComputeContext): PAssessment[] {
  return between(ctx.data.cin.assessments, byAuthorised, ctx.startDay, ctx.endDay);
}

/** referrals-rate: referrals in the period per 10,000 children; companion: % with no further action. */
export const referralsRate: ComputeFn = (ctx) => {
  const pop = populationFor(ctx);
  if (!pop) return { noData: 'No population estimate of children aged 0–17 (population0to17).' };
  const referrals = referralsIn(ctx);
  const nfa = referrals.filter((r) => r.nfa).map((r) => r.childId);
  return {
    main: ratePer10000(
      referrals.length,
      pop.value,
      referrals.map((r) => r.childId),
    ),
    variants: { nfa: percent(nfa.length, referrals.length, nfa) },
    breakdown: { referrals: count(referrals.length) },
    notes: pop.note ? [pop.note] : undefined,
  };
};

/** re-referrals-12m: referrals in the period within 12 months of the same child's previous referral. */
export const reReferrals12m: ComputeFn = (ctx) => {
  const referrals = referralsIn(ctx);
  const hits = referrals.filter((r) => r.reReferral12m).map((r) => r.childId);
  const earliest = ctx.data.cin.referrals[0]?.date;
  const notes =
    earliest !== undefined && earliest > addMonthsToDay(ctx.startDay, -12)
      ? ['The data start less than 12 months before the period, so some re-referrals cannot be seen.']
      : undefined;
  return { main: percent(hits.length, referrals.length, hits), notes };
};

/** cin-rate: children with an open CIN episode at the date (not NFA) per 10,000 children. */
export const cinRate: ComputeFn = (ctx) => {
  const pop = populationFor(ctx);
  if (!pop) return { noData: 'No population estimate of children aged 0–17 (population0to17).' };
  const open = new Set<string>();
  for (const r of ctx.data.cin.referrals) {
    if (r.date > ctx.endDay) break;
    if (!r.nfa && r.closure > ctx.endDay) open.add(r.childId);
  }
  return {
    main: ratePer10000(open.size, pop.value, [...open]),
    breakdown: { children: count(open.size) },
    notes: pop.note ? [pop.note] : undefined,
  };
};

/** assessments-45wd: assessments authorised in the period within 45 working days of their start. */
export const assessments45wd: ComputeFn = (ctx) => {
  const limit = ctx.options.assessmentWorkingDays ?? 45;
  const authorised = authorisedIn(ctx);
  const inTime = authorised.filter((a) => workingDaysBetween(a.start, a.authorised) <= limit).map((a) => a.childId);
  // Assessments are sorted by authorisation day: those still open at the end are the tail.
  const all = ctx.data.cin.assessments;
  const openBeyond: string[] = [];
  for (let i = lowerBound(all, byAuthorised, ctx.endDay + 1); i < all.length; i++) {
    const a = all[i]!;
    if (a.start <= ctx.endDay && workingDaysBetween(a.start, ctx.endDay) > limit) openBeyond.push(a.childId);
  }
  return {
    main: percent(inTime.length, authorised.length, inTime),
    variants: { 'open-beyond-limit': count(openBeyond.length, openBeyond) },
  };
};

/** assessment-child-seen: assessments authorised in the period where the child was seen (local field). */
export const assessmentChildSeen: ComputeFn = (ctx) => {
  const authorised = authorisedIn(ctx);
  const seen = authorised.filter((a) => a.childSeen === true).map((a) => a.childId);
  const unknown = authorised.filter((a) => a.childSeen === undefined).length;
  return {
    main: percent(seen.length, authorised.length, seen),
    breakdown: { 'not-recorded': count(unknown) },
    notes: unknown ? [`${unknown} assessments have no "child seen" record and count as not seen.`] : undefined,
  };
};

const NOT_IN_NEED = new Set(['RC8', 'RC9']);

/** assessments-not-in-need: assessments authorised in the period whose episode closed RC8/RC9. */
export const assessmentsNotInNeed: ComputeFn = (ctx) => {
  const cin: CinIndex = ctx.data.cin;
  const authorised = authorisedIn(ctx);
  const hits = authorised.filter((a) => NOT_IN_NEED.has(a.closureReason)).map((a) => a.childId);
  // DfE's published form: assessed episodes (not NFA) closed RC8/RC9 in the period per referral in the period.
  const referrals = referralsIn(ctx).length;
  const closedNotInNeed = between(cin.referralsByClosure, (r) => r.closure, ctx.startDay, ctx.endDay).filter(
    (r) => !r.nfa && NOT_IN_NEED.has(r.closureReason),
  );
  return {
    main: percent(hits.length, authorised.length, hits),
    variants: {
      'per-referral': percent(
        closedNotInNeed.length,
        referrals,
        closedNotInNeed.map((r) => r.childId),
      ),
    },
  };
};

function icpcsIn(ctx: ComputeContext): PSection47[] {
  return between(ctx.data.cin.icpcs, (s) => s.icpc!, ctx.startDay, ctx.endDay);
}

/** s47-rate: S47 enquiries started in the period per 10,000; companion: ICPCs held / S47s started. */
export const s47Rate: ComputeFn = (ctx) => {
  const pop = populationFor(ctx);
  if (!pop) return { noData: 'No population estimate of children aged 0–17 (population0to17).' };
  const started = between(ctx.data.cin.section47s, (s: PSection47) => s.start, ctx.startDay, ctx.endDay);
  const icpcs = icpcsIn(ctx);
  return {
    main: ratePer10000(
      started.length,
      pop.value,
      started.map((s) => s.childId),
    ),
    variants: {
      'icpc-conversion': percent(
        icpcs.length,
        started.length,
        icpcs.map((s) => s.childId),
      ),
    },
    breakdown: { s47s: count(started.length), icpcs: count(icpcs.length) },
    notes: pop.note ? [pop.note] : undefined,
  };
};

/** icpc-15wd: ICPCs held in the period within 15 working days of the S47 start (the strategy discussion). */
export const icpc15wd: ComputeFn = (ctx) => {
  const icpcs = icpcsIn(ctx);
  const days = icpcs.map((s) => workingDaysBetween(s.start, s.icpc!));
  const hits = icpcs.filter((_, i) => days[i]! <= 15).map((s) => s.childId);
  const band = (lo: number, hi: number) => percent(days.filter((d) => d >= lo && d <= hi).length, icpcs.length);
  const breakdown: Record<string, Figure> = {
    '0-10-wd': band(Number.NEGATIVE_INFINITY, 10),
    '11-15-wd': band(11, 15),
    '16-20-wd': band(16, 20),
    '21-plus-wd': band(21, Number.POSITIVE_INFINITY),
  };
  const mid = median(days);
  if (mid !== null) breakdown['median-working-days'] = { numerator: mid, denominator: null, value: mid, unit: 'days' };
  return { main: percent(hits.length, icpcs.length, hits), breakdown };
};
