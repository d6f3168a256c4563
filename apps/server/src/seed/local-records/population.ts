/**
 * The children the statutory generators (903, CIN census) produced, in the shape the local-record
 * generator needs, so that every visit, missing episode, audit or register entry refers to a real child.
 */
import { addMonths, type IsoDate, toEpochDay } from '@waypoint/calendar';
import type { ClaEpisode, MeasureData, Team } from '@waypoint/measures';

/** One placement of a child looked after (a run of 903 episodes with the same carer). */
export interface DemoPlacement {
  start: IsoDate;
  end?: IsoDate;
  /** 903 PLACE code, e.g. U4, K2, K3. */
  place: string;
  /** 903 PLACE_PROVIDER, e.g. PR1. */
  provider?: string;
  /** Ofsted URN of the setting or agency. */
  urn?: string;
}

/** A child looked after at some time in the demo years, with periods of care and placements. */
export interface DemoLookedAfterChild {
  childId: string;
  dateOfBirth: IsoDate;
  /** Periods of care (stitched episodes), in date order; an open period has no `end`. */
  periods: { start: IsoDate; end?: IsoDate }[];
  /** Placements within the periods, in date order. */
  placements: DemoPlacement[];
  /** Allocated team id, when known. */
  team?: string;
  /** True for short-break-only children (LS V3/V4): no statutory visits or missing log entries. */
  shortBreaksOnly?: boolean;
}

/** A child protection plan. */
export interface DemoCpPlan {
  childId: string;
  planId: string;
  start: IsoDate;
  end?: IsoDate;
  /** Latest category of abuse: NEG, PHY, SAB, EMO, MUL. */
  category: string;
  /** NumberOfPreviousCPP when known. */
  previousPlans?: number;
}

/** A CIN episode (referral) with its assessments. */
export interface DemoCinEpisode {
  childId: string;
  referralId: string;
  referralDate: IsoDate;
  closureDate?: IsoDate;
  /** ReferralNFA. */
  nfa?: boolean;
  /** ReferralSource code. */
  source?: string;
  assessments: { start: IsoDate; authorised?: IsoDate }[];
}

/** A care leaver (left care aged 16 or over after at least 13 weeks looked after). */
export interface DemoCareLeaver {
  childId: string;
  dateOfBirth: IsoDate;
  /** Date the young person ceased to be looked after. */
  ceasedCare: IsoDate;
}

/** Everything the local-record generator needs to know about the statutory population. */
export interface DemoPopulation {
  lookedAfter: DemoLookedAfterChild[];
  cpPlans: DemoCpPlan[];
  cinEpisodes: DemoCinEpisode[];
  careLeavers: DemoCareLeaver[];
  /** The authority's teams, carried through for the caller; the records use the §3 demo teams (`DEMO_TEAMS`). */
  teams?: Team[];
}

const PLACEMENT_STARTS = new Set(['S', 'P', 'T', 'B', 'U']);
const ADOPTED = new Set(['E11', 'E12']);

/** Builds the population from `MeasureData`-style statutory records (903 and CIN census). */
export function populationFromMeasureData(data: MeasureData): DemoPopulation {
  const dobById = new Map<string, IsoDate>();
  const teamById = new Map<string, string>();
  for (const c of data.claChildren ?? []) {
    dobById.set(c.childId, c.dateOfBirth);
    if (c.team) teamById.set(c.childId, c.team);
  }
  for (const r of data.oc3 ?? []) if (!dobById.has(r.childId)) dobById.set(r.childId, r.dateOfBirth);

  const episodesByChild = new Map<string, ClaEpisode[]>();
  for (const e of data.claEpisodes ?? []) {
    const list = episodesByChild.get(e.childId) ?? [];
    list.push(e);
    episodesByChild.set(e.childId, list);
  }
  const lookedAfter: DemoLookedAfterChild[] = [];
  const careLeavers = new Map<string, DemoCareLeaver>();
  for (const [childId, episodes] of episodesByChild) {
    const dob = dobById.get(childId);
    if (!dob) continue;
    episodes.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    const child: DemoLookedAfterChild = { childId, dateOfBirth: dob, periods: [], placements: [] };
    const team = teamById.get(childId);
    if (team) child.team = team;
    let prev: ClaEpisode | undefined;
    let shortBreaks = true;
    for (const ep of episodes) {
      if (ep.legalStatus !== 'V3' && ep.legalStatus !== 'V4') shortBreaks = false;
      const contiguous = prev !== undefined && prev.end === ep.start && ep.reasonNewEpisode !== 'S';
      if (!contiguous) child.periods.push({ start: ep.start, ...(ep.end ? { end: ep.end } : {}) });
      else {
        const period = child.periods[child.periods.length - 1]!;
        if (ep.end) period.end = ep.end;
        else delete period.end;
      }
      const lastPlacement = child.placements[child.placements.length - 1];
      if (!contiguous || PLACEMENT_STARTS.has(ep.reasonNewEpisode) || !lastPlacement) {
        child.placements.push({
          start: ep.start,
          ...(ep.end ? { end: ep.end } : {}),
          place: ep.placement,
          ...(ep.placementProvider ? { provider: ep.placementProvider } : {}),
          ...(ep.urn ? { urn: ep.urn } : {}),
        });
      } else if (ep.end) lastPlacement.end = ep.end;
      else delete lastPlacement.end;
      prev = ep;
    }
    if (shortBreaks) child.shortBreaksOnly = true;
    lookedAfter.push(child);
    // A care leaver: the last period ended on or after the 16th birthday, lasted 13 weeks or more, not by adoption.
    const last = child.periods[child.periods.length - 1]!;
    const lastEpisode = episodes[episodes.length - 1]!;
    if (
      !shortBreaks &&
      last.end !== undefined &&
      last.end >= addMonths(dob, 16 * 12) &&
      !ADOPTED.has(lastEpisode.reasonEnded ?? '') &&
      weeksBetween(last.start, last.end) >= 13
    ) {
      careLeavers.set(childId, { childId, dateOfBirth: dob, ceasedCare: last.end });
    }
  }
  // OC3 care leavers whose care history is older than the episodes held: ceased care at 18 by default.
  for (const r of data.oc3 ?? []) {
    if (careLeavers.has(r.childId)) continue;
    careLeavers.set(r.childId, {
      childId: r.childId,
      dateOfBirth: r.dateOfBirth,
      ceasedCare: addMonths(r.dateOfBirth, 18 * 12),
    });
  }

  const cpPlans: DemoCpPlan[] = (data.cpPlans ?? []).map((p) => ({
    childId: p.childId,
    planId: p.planId,
    start: p.start,
    ...(p.end ? { end: p.end } : {}),
    category: p.latestCategory,
    ...(p.previousPlans !== undefined ? { previousPlans: p.previousPlans } : {}),
  }));

  const assessmentsByReferral = new Map<string, { start: IsoDate; authorised?: IsoDate }[]>();
  for (const a of data.cinAssessments ?? []) {
    const key = `${a.childId}|${a.referralId}`;
    const list = assessmentsByReferral.get(key) ?? [];
    list.push({ start: a.start, ...(a.authorised ? { authorised: a.authorised } : {}) });
    assessmentsByReferral.set(key, list);
  }
  const cinEpisodes: DemoCinEpisode[] = (data.cinReferrals ?? []).map((r) => ({
    childId: r.childId,
    referralId: r.referralId,
    referralDate: r.referralDate,
    ...(r.closureDate ? { closureDate: r.closureDate } : {}),
    nfa: r.nfa,
    source: r.source,
    assessments: assessmentsByReferral.get(`${r.childId}|${r.referralId}`) ?? [],
  }));

  return {
    lookedAfter,
    cpPlans,
    cinEpisodes,
    careLeavers: [...careLeavers.values()],
    ...(data.teams ? { teams: data.teams } : {}),
  };
}

function weeksBetween(a: IsoDate, b: IsoDate): number {
  return (toEpochDay(b) - toEpochDay(a)) / 7;
}
