/**
 * Index of CIN census records (referrals, assessments, S47s, CP plans and reviews) as epoch days,
 * built once per `prepare()`.
 */
import type { MeasureData } from '../records.ts';
import { addMonthsToEpochDay, dayOf, endDayOf } from './dates.ts';

/** A referral (CIN episode). */
export interface PReferral {
  childId: string;
  referralId: string;
  date: number;
  closure: number;
  closureReason: string;
  nfa: boolean;
  /** Day of the same child's previous referral, or null. */
  previousReferral: number | null;
  /** The previous referral is on or after the same date 12 months earlier. */
  reReferral12m: boolean;
}

/** An assessment. */
export interface PAssessment {
  childId: string;
  referralId: string;
  start: number;
  /** Authorisation day or OPEN. */
  authorised: number;
  childSeen: boolean | undefined;
  /** ReasonForClosure of the assessment's CIN episode ('' when open or not found). */
  closureReason: string;
}

/** A section 47 enquiry. */
export interface PSection47 {
  childId: string;
  start: number;
  icpc: number | null;
  notRequired: boolean;
}

/** A CP plan with its reviews. */
export interface PPlan {
  childId: string;
  planId: string;
  start: number;
  end: number;
  initialCategory: string;
  latestCategory: string;
  /** NumberOfPreviousCPP, or the count of the child's earlier plans in the data when not recorded. */
  previousPlans: number;
  previousPlansRecorded: boolean;
  /** Review days, ascending, with their local due days when recorded. */
  reviews: { date: number; due: number | null }[];
}

/** The CIN index. Lists are sorted by the date named. */
export interface CinIndex {
  /** By referral date. */
  referrals: PReferral[];
  /** By closure date (open episodes last). */
  referralsByClosure: PReferral[];
  /** childId → referralId → referral. */
  referralById: Map<string, Map<string, PReferral>>;
  /** By authorisation date (open assessments last). */
  assessments: PAssessment[];
  /** By start date. */
  section47s: PSection47[];
  /** S47s with an ICPC, by ICPC date. */
  icpcs: PSection47[];
  /** By start date. */
  plans: PPlan[];
}

/** Builds the CIN index. */
export function buildCinIndex(data: MeasureData): CinIndex {
  const referrals: PReferral[] = (data.cinReferrals ?? []).map((r, i) => ({
    childId: r.childId,
    referralId: r.referralId,
    date: dayOf(r.referralDate, () => `cinReferrals[${i}].referralDate`),
    closure: endDayOf(r.closureDate, () => `cinReferrals[${i}].closureDate`),
    closureReason: r.closureReason ?? '',
    nfa: r.nfa,
    previousReferral: null,
    reReferral12m: false,
  }));
  referrals.sort((a, b) => a.date - b.date);
  const lastByChild = new Map<string, number>();
  const referralById = new Map<string, Map<string, PReferral>>();
  for (const r of referrals) {
    r.previousReferral = lastByChild.get(r.childId) ?? null;
    r.reReferral12m = r.previousReferral !== null && r.previousReferral >= addMonthsToEpochDay(r.date, -12);
    lastByChild.set(r.childId, r.date);
    let ofChild = referralById.get(r.childId);
    if (!ofChild) {
      ofChild = new Map();
      referralById.set(r.childId, ofChild);
    }
    ofChild.set(r.referralId, r);
  }
  const assessments: PAssessment[] = (data.cinAssessments ?? []).map((a, i) => ({
    childId: a.childId,
    referralId: a.referralId,
    start: dayOf(a.start, () => `cinAssessments[${i}].start`),
    authorised: endDayOf(a.authorised, () => `cinAssessments[${i}].authorised`),
    childSeen: a.childSeen,
    closureReason: referralById.get(a.childId)?.get(a.referralId)?.closureReason ?? '',
  }));
  assessments.sort((a, b) => a.authorised - b.authorised);
  const section47s: PSection47[] = (data.section47s ?? []).map((s, i) => ({
    childId: s.childId,
    start: dayOf(s.start, () => `section47s[${i}].start`),
    icpc: s.icpcDate ? dayOf(s.icpcDate, () => `section47s[${i}].icpcDate`) : null,
    notRequired: s.icpcNotRequired,
  }));
  section47s.sort((a, b) => a.start - b.start);
  const icpcs = section47s.filter((s) => s.icpc !== null).sort((a, b) => a.icpc! - b.icpc!);
  const plans: PPlan[] = (data.cpPlans ?? []).map((p, i) => ({
    childId: p.childId,
    planId: p.planId,
    start: dayOf(p.start, () => `cpPlans[${i}].start`),
    end: endDayOf(p.end, () => `cpPlans[${i}].end`),
    initialCategory: p.initialCategory,
    latestCategory: p.latestCategory,
    previousPlans: p.previousPlans ?? 0,
    previousPlansRecorded: p.previousPlans !== undefined,
    reviews: [],
  }));
  plans.sort((a, b) => a.start - b.start);
  const earlier = new Map<string, number>();
  const planByKey = new Map<string, PPlan>();
  for (const p of plans) {
    const seen = earlier.get(p.childId) ?? 0;
    if (!p.previousPlansRecorded) p.previousPlans = seen;
    earlier.set(p.childId, seen + 1);
    planByKey.set(`${p.childId}\u0000${p.planId}`, p);
  }
  (data.cpReviews ?? []).forEach((r, i) => {
    const plan = planByKey.get(`${r.childId}\u0000${r.planId}`);
    if (!plan) return;
    plan.reviews.push({
      date: dayOf(r.date, () => `cpReviews[${i}].date`),
      due: r.dueDate ? dayOf(r.dueDate, () => `cpReviews[${i}].dueDate`) : null,
    });
  });
  for (const p of plans) p.reviews.sort((a, b) => a.date - b.date);
  const referralsByClosure = [...referrals].sort((a, b) => a.closure - b.closure);
  return { referrals, referralsByClosure, referralById, assessments, section47s, icpcs, plans };
}
