import type {
  Adoption,
  CinAssessment,
  CinPlan,
  CinReferral,
  ClaChild,
  ClaEpisode,
  ClaMissingPeriod,
  ClaReview,
  CpPlan,
  CpReview,
  MeasureData,
  Oc2Outcome,
  Oc3CareLeaver,
  Section47,
  SocialWorkerEpisode,
} from '@waypoint/measures';
import type { loadCin, loadLocalRecords, loadSsda903 } from './measure-data.repository.ts';

type Ssda903Rows = Awaited<ReturnType<typeof loadSsda903>>;
type CinRows = Awaited<ReturnType<typeof loadCin>>;

const opt = <T>(v: T | null | undefined): T | undefined => (v === null || v === undefined || v === '' ? undefined : v);
const flag = (v: string | null) => v === '1';

/** Keeps the first row per key (rows arrive latest collection year first, so the latest submission wins). */
function latestBy<T>(rows: readonly T[], key: (r: T) => string): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const r of rows) {
    const k = key(r);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(r);
  }
  return out;
}

/**
 * One episode history per child across the stored returns. A later return re-states the episodes it holds, so
 * for each child the latest return's episodes are kept, earlier returns contribute only episodes that start
 * before it, and an episode left open in an earlier return is closed the day the next one starts (the usual
 * multi-year repair: "still in care, episode changed").
 */
export function stitchEpisodes(rows: Ssda903Rows['episodes']): ClaEpisode[] {
  const byChild = new Map<string, Ssda903Rows['episodes']>();
  for (const r of rows) {
    if (!r.decom) continue;
    const list = byChild.get(r.child_id);
    if (list) list.push(r);
    else byChild.set(r.child_id, [r]);
  }
  const out: ClaEpisode[] = [];
  for (const list of byChild.values()) {
    const years = [...new Set(list.map((r) => r.collection_year))].sort((a, b) => b - a);
    let kept: Ssda903Rows['episodes'] = [];
    for (const year of years) {
      const rowsOfYear = list.filter((r) => r.collection_year === year);
      const earliest = kept.reduce<string | null>((m, r) => (m === null || r.decom! < m ? r.decom! : m), null);
      kept = [...kept, ...rowsOfYear.filter((r) => earliest === null || r.decom! < earliest)];
    }
    kept.sort((a, b) => (a.decom! < b.decom! ? -1 : a.decom! > b.decom! ? 1 : 0));
    kept.forEach((r, i) => {
      const next = kept[i + 1];
      const end = r.dec ?? (next ? next.decom! : undefined);
      out.push({
        childId: r.child_id,
        start: r.decom!,
        end: opt(end),
        reasonNewEpisode: r.rne ?? '',
        legalStatus: r.ls ?? '',
        categoryOfNeed: r.cin ?? '',
        placement: r.place ?? '',
        placementProvider: opt(r.place_provider),
        reasonEnded: opt(r.rec ?? (end && !r.dec ? 'X1' : undefined)),
        reasonPlaceChange: opt(r.reason_place_change),
        urn: opt(r.urn),
        placementLa: opt(r.pl_la),
        placementInArea: r.pl_location ? r.pl_location === 'IN' : undefined,
        distanceMiles: r.pl_distance === null ? undefined : Number(r.pl_distance),
      });
    });
  }
  return out;
}

/** Maps stored SSDA903 rows into the measure model. */
export function ssda903MeasureData(rows: Ssda903Rows): MeasureData {
  const uascChildren = new Set(rows.uasc.map((u) => u.child_id));
  const claChildren: ClaChild[] = latestBy(rows.children, (c) => c.child_id).map((c) => ({
    childId: c.child_id,
    dateOfBirth: c.dob ?? '1900-01-01',
    sex: c.sex === '1' ? 'M' : c.sex === '2' ? 'F' : (c.sex ?? 'U'),
    uasc: c.uasc || uascChildren.has(c.child_id),
  }));
  const claReviews: ClaReview[] = latestBy(rows.reviews, (r) => `${r.child_id}|${r.review}`)
    .filter((r) => r.review)
    .map((r) => ({ childId: r.child_id, date: r.review!, participation: r.review_code ?? '' }));
  const claMissing: ClaMissingPeriod[] = latestBy(rows.missing, (m) => `${m.child_id}|${m.mis_start}`)
    .filter((m) => m.mis_start)
    .map((m) => ({
      childId: m.child_id,
      type: m.missing === 'A' ? 'A' : 'M',
      start: m.mis_start!,
      end: opt(m.mis_end),
    }));
  const oc2: Oc2Outcome[] = rows.oc2.map((o) => ({
    childId: o.child_id,
    year: o.collection_year,
    dateOfBirth: opt(o.dob),
    sdqScore: o.sdq_score && /^\d+$/.test(o.sdq_score) ? Number(o.sdq_score) : undefined,
    sdqReason: opt(o.sdq_reason),
    convicted: o.convicted ? flag(o.convicted) : undefined,
    healthCheck: o.health_check ? flag(o.health_check) : undefined,
    immunisations: flag(o.immunisations),
    teethCheck: flag(o.teeth_check),
    healthAssessment: flag(o.health_assessment),
    substanceMisuse: o.substance_misuse ? flag(o.substance_misuse) : undefined,
  }));
  const oc3: Oc3CareLeaver[] = rows.oc3
    .filter((o) => o.dob)
    .map((o) => ({
      childId: o.child_id,
      dateOfBirth: o.dob!,
      year: o.collection_year,
      inTouch: o.in_touch ?? '',
      activity: o.activ ?? '',
      accommodation: o.accom ?? '',
    }));
  const adoptions: Adoption[] = latestBy(rows.ad1, (a) => a.child_id)
    .filter((a) => a.date_int && a.date_match)
    .map((a) => ({
      childId: a.child_id,
      decisionDate: a.date_int!,
      matchDate: a.date_match!,
      fosterCarerAdoption: a.foster_care === '1',
    }));
  const socialWorkerEpisodes: SocialWorkerEpisode[] = latestBy(
    rows.swEpisodes,
    (s) => `${s.child_id}|${s.sw_id}|${s.sw_decom}`,
  )
    .filter((s) => s.sw_decom && s.sw_id)
    .map((s) => ({
      childId: s.child_id,
      workerId: s.sw_id!,
      start: s.sw_decom!,
      end: opt(s.sw_dec),
      reason: opt(s.sw_reason),
    }));
  return {
    claChildren,
    claEpisodes: stitchEpisodes(rows.episodes),
    claReviews,
    claMissing,
    oc2,
    oc3,
    adoptions,
    socialWorkerEpisodes,
  };
}

/** Maps stored CIN census rows into the measure model (a referral is keyed by child and referral date). */
export function cinMeasureData(rows: CinRows): MeasureData {
  // CINdetailsID is only unique within one return: key episodes by child + referral date across years.
  const refKey = new Map<string, string>();
  const keyOf = (year: number, child: string, detailsId: string | null) =>
    refKey.get(`${year}|${child}|${detailsId ?? ''}`) ?? `${child}|${detailsId ?? ''}`;
  for (const r of rows.referrals)
    refKey.set(
      `${r.collection_year}|${r.child_id}|${r.cindetails_id ?? ''}`,
      `${r.child_id}|${r.cinreferral_date ?? ''}`,
    );
  const cinReferrals: CinReferral[] = latestBy(rows.referrals, (r) => `${r.child_id}|${r.cinreferral_date}`)
    .filter((r) => r.cinreferral_date)
    .map((r) => ({
      childId: r.child_id,
      referralId: keyOf(r.collection_year, r.child_id, r.cindetails_id),
      referralDate: r.cinreferral_date!,
      source: r.referral_source ?? '',
      primaryNeed: r.primary_need_code ?? '',
      closureDate: opt(r.cinclosure_date),
      closureReason: opt(r.reason_for_closure),
      nfa: r.referral_nfa === '1' || r.referral_nfa?.toLowerCase() === 'true',
    }));
  const cinAssessments: CinAssessment[] = latestBy(
    rows.assessments,
    (a) => `${a.child_id}|${a.assessment_actual_start_date}`,
  )
    .filter((a) => a.assessment_actual_start_date)
    .map((a) => ({
      childId: a.child_id,
      referralId: keyOf(a.collection_year, a.child_id, a.cindetails_id),
      assessmentId: opt(a.assessment_id),
      start: a.assessment_actual_start_date!,
      authorised: opt(a.assessment_authorisation_date),
      factors: (a.assessment_factors ?? '').split(/[,\s]+/).filter(Boolean),
    }));
  const cinPlans: CinPlan[] = latestBy(rows.plans, (p) => `${p.child_id}|${p.cinplan_start_date}`)
    .filter((p) => p.cinplan_start_date)
    .map((p) => ({
      childId: p.child_id,
      referralId: keyOf(p.collection_year, p.child_id, p.cindetails_id),
      start: p.cinplan_start_date!,
      end: opt(p.cinplan_end_date),
    }));
  const section47s: Section47[] = latestBy(rows.section47s, (s) => `${s.child_id}|${s.s47_actual_start_date}`)
    .filter((s) => s.s47_actual_start_date)
    .map((s) => ({
      childId: s.child_id,
      referralId: keyOf(s.collection_year, s.child_id, s.cindetails_id),
      start: s.s47_actual_start_date!,
      icpcDate: opt(s.date_of_initial_cpc),
      icpcNotRequired: s.icpcnot_required === '1' || s.icpcnot_required?.toLowerCase() === 'true',
    }));
  const cpPlans: CpPlan[] = latestBy(rows.cpPlans, (p) => `${p.child_id}|${p.cppstart_date}`)
    .filter((p) => p.cppstart_date)
    .map((p) => ({
      childId: p.child_id,
      planId: `${p.child_id}|${p.cppstart_date}`,
      referralId: keyOf(p.collection_year, p.child_id, p.cindetails_id),
      start: p.cppstart_date!,
      end: opt(p.cppend_date),
      initialCategory: p.initial_category_of_abuse ?? '',
      latestCategory: p.latest_category_of_abuse ?? '',
      previousPlans:
        p.number_of_previous_cpp && /^\d+$/.test(p.number_of_previous_cpp)
          ? Number(p.number_of_previous_cpp)
          : undefined,
    }));
  const planStart = new Map<string, string>();
  for (const p of rows.cpPlans)
    planStart.set(`${p.collection_year}|${p.child_id}|${p.cppid ?? ''}`, `${p.child_id}|${p.cppstart_date ?? ''}`);
  const cpReviews: CpReview[] = latestBy(rows.cpReviews, (r) => `${r.child_id}|${r.cppreview_date}`)
    .filter((r) => r.cppreview_date)
    .map((r) => ({
      childId: r.child_id,
      planId: planStart.get(`${r.collection_year}|${r.child_id}|${r.cppid ?? ''}`) ?? '',
      date: r.cppreview_date!,
    }));
  return { cinReferrals, cinAssessments, cinPlans, section47s, cpPlans, cpReviews };
}

/** The local detail of one CIN assessment (Annex A list 4), held as a local record of type `assessmentDetails`. */
export interface AssessmentDetail {
  childId: string;
  referralId: string;
  /** Assessment start date (identifies the assessment within the referral). */
  start: string;
  childSeen: boolean;
  team: string;
  workerId: string;
}

/** A case allocation (local record type `allocations`): the team holding the child's case over a period. */
export interface Allocation {
  allocationId: string;
  childId: string;
  team: string;
  from: string;
  /** Last day, inclusive; open without it. */
  to?: string;
}

/** The team holding a child's case on a date (the latest allocation covering it), or null. */
export function teamOn(allocations: readonly Allocation[], date: string): string | null {
  let team: string | null = null;
  let latest = '';
  for (const a of allocations)
    if (a.from <= date && (!a.to || a.to >= date) && a.from >= latest) {
      team = a.team;
      latest = a.from;
    }
  return team;
}

/** CIN assessments with the local details (child seen, team, worker) merged in where they match. */
export function withAssessmentDetails(
  assessments: readonly CinAssessment[],
  details: readonly AssessmentDetail[],
): CinAssessment[] {
  const byKey = new Map(details.map((d) => [`${d.childId}|${d.referralId}|${d.start}`, d]));
  return assessments.map((a) => {
    const d = byKey.get(`${a.childId}|${a.referralId}|${a.start}`);
    return d ? { ...a, childSeen: d.childSeen, team: d.team, workerId: d.workerId } : { ...a };
  });
}

/** Puts statutory, local and population data together for the measures library. */
export function assembleMeasureData(
  ssda903: MeasureData,
  cin: MeasureData,
  local: Awaited<ReturnType<typeof loadLocalRecords>>,
  population0to17: number | null,
  years: { from: number; to: number },
): MeasureData {
  const population = population0to17
    ? Array.from({ length: years.to - years.from + 1 }, (_, i) => ({ year: years.from + i, value: population0to17 }))
    : [];
  const { assessmentDetails, allocations: _allocations, ...records } = local;
  const cinAssessments = assessmentDetails
    ? withAssessmentDetails(cin.cinAssessments ?? [], assessmentDetails as AssessmentDetail[])
    : cin.cinAssessments;
  return {
    ...ssda903,
    ...cin,
    ...(cinAssessments ? { cinAssessments } : {}),
    ...(records as MeasureData),
    population0to17: population,
  };
}
