import {
  AGE_AT_REFERRAL,
  ASSESSMENT_WORKING_DAYS,
  CATEGORY_WEIGHTS,
  CP_PLAN_DAYS,
  ETHNICITY_WEIGHTS,
  EXTRA_FACTORS,
  ICPC_WORKING_DAYS,
  LEAD_CONCERNS,
  type LeadConcern,
  LOOKED_AFTER_CLOSURE,
  PRE_BIRTH_SOURCE_WEIGHTS,
  PREVIOUS_PLAN_WEIGHTS,
  REFERRAL_SOURCE_WEIGHTS,
  SERVICE_CLOSURE,
} from './catalogues.ts';
import type { CensusClock, JourneyClock } from './days.ts';
import { type Random, Weighted } from './random.ts';

/**
 * Simulates one child's journey through children's social care around a census year, on epoch days: a
 * referral, an assessment, perhaps a section 47 enquiry → ICPC (working days) → CP plan with reviews, step-down
 * to a CIN plan, closure, and sometimes a re-referral and a repeat plan. Dates after the census end are allowed
 * (the census projection drops them); the two DfE queries about work still open at year end (8670Q, 8675Q)
 * are avoided at the source, so a clean file is clean.
 */

/** A drafted assessment (epoch days). */
export interface AssessmentDraft {
  start: number;
  authorised?: number;
  factors: string[];
}

/** A drafted section 47 enquiry. */
export interface Section47Draft {
  start: number;
  target?: number;
  conference?: number;
  notRequired: boolean;
  /** When the enquiry ended (ICPC, or decision that none is needed). */
  concluded: number;
}

/** A drafted CP plan. */
export interface CpPlanDraft {
  start: number;
  end?: number;
  initialCategory: string;
  latestCategory: string;
  previousPlans: number;
  reviews: number[];
}

/** A drafted CIN episode. */
export interface EpisodeDraft {
  referral: number;
  source: string;
  need?: string;
  nfa: boolean;
  closure?: number;
  reason?: string;
  conference?: number;
  assessments: AssessmentDraft[];
  cinPlans: Array<{ start: number; end?: number }>;
  section47s: Section47Draft[];
  cpPlans: CpPlanDraft[];
}

/** A drafted child: who they are and their episodes in date order. */
export interface ChildDraft {
  birth: number;
  sex: 'M' | 'F' | 'U';
  ethnicity: string;
  disabled: boolean;
  /** CP plans the child has had so far (before the file, then counting up). */
  plans: number;
  death?: number;
  episodes: EpisodeDraft[];
}

const YEAR = 365.25;
/** Share of children whose first episode in the file was already open on 1 April. */
const CARRIED_OVER = 0.3;
const CARRIED_TRIES = 12;
/** Chance that a closed episode is followed by another referral (gap drawn below). */
const REREFERRAL = 0.62;
const NFA = 0.065;
/** Most episodes a child has in the simulation. */
const MAX_EPISODES = 5;
/** Chance an assessment with no S47 finds the child not in need (closed RC8/RC9); published 30.8% of referrals. */
const NOT_IN_NEED = 0.52;
const CONFERENCE_AFTER_S47 = 0.33;
const PLAN_AFTER_CONFERENCE = 0.86;
const TRANSFER_IN = 0.003;
const DEATH_AT_CLOSURE = 0.002;

const sources = new Weighted(REFERRAL_SOURCE_WEIGHTS);
const preBirthSources = new Weighted(PRE_BIRTH_SOURCE_WEIGHTS);
const ethnicities = new Weighted(ETHNICITY_WEIGHTS);
const ages = new Weighted(AGE_AT_REFERRAL.map(([w, lo, hi]) => [[lo, hi] as const, w] as const));
const icpcDays = new Weighted(ICPC_WORKING_DAYS.map(([w, lo, hi]) => [[lo, hi] as const, w] as const));
const assessmentDays = new Weighted(ASSESSMENT_WORKING_DAYS.map(([w, lo, hi]) => [[lo, hi] as const, w] as const));
const planDays = new Weighted(CP_PLAN_DAYS.map(([w, lo, hi]) => [[lo, hi] as const, w] as const));
const previousPlans = new Weighted(PREVIOUS_PLAN_WEIGHTS);
const categories = new Weighted(CATEGORY_WEIGHTS);
const lookedAfterClosure = new Weighted(LOOKED_AFTER_CLOSURE);
const serviceClosure = new Weighted(SERVICE_CLOSURE);
const nfaNeeds = new Weighted([
  ['N1', 40],
  ['N4', 20],
  ['N5', 20],
  ['N9', 12],
  ['N0', 8],
] as const);
const needTables = new Map(LEAD_CONCERNS.map((c) => [c, new Weighted(c.needs)]));
const categoryTables = new Map(LEAD_CONCERNS.map((c) => [c, new Weighted(c.categories)]));
/** Lead concerns open to a child of each age (years at referral, -1 unborn … 17). */
const leadsByAge = new Map(
  Array.from({ length: 30 }, (_, i) => i - 1).map((age) => {
    const open = LEAD_CONCERNS.filter((c) => c.minAge <= age);
    return [age, new Weighted(open.map((c) => [c, c.weight] as const))];
  }),
);

const between = (random: Random, [lo, hi]: readonly [number, number]) => random.int(lo, hi);

/** Simulates one child whose history overlaps the census year of `clock`. */
export function simulateChild(random: Random, clock: CensusClock): ChildDraft {
  let child: ChildDraft;
  let first: EpisodeDraft;
  if (random.chance(CARRIED_OVER)) {
    // An episode already open on 1 April: draw referral dates before the year until one is still open then
    // (long episodes are more likely to be, as in real returns); the last try is a looked-after child.
    let tries = 0;
    for (;;) {
      const last = tries === CARRIED_TRIES;
      const referral = clock.start - 1 - (last ? random.int(0, 120) : Math.floor(random.next() ** 1.6 * 1000));
      child = newChild(random, referral);
      first = new EpisodeBuilder(random, clock, child, referral, last).run();
      if (first.closure === undefined || first.closure >= clock.start || ++tries > CARRIED_TRIES) break;
    }
  } else {
    const referral = random.int(clock.start, clock.end);
    child = newChild(random, referral);
    first = new EpisodeBuilder(random, clock, child, referral, false).run();
  }
  child.episodes.push(first);
  for (;;) {
    const last = child.episodes[child.episodes.length - 1]!;
    if (last.closure === undefined || last.closure > clock.end || child.death !== undefined) break;
    if (child.episodes.length >= MAX_EPISODES || !random.chance(REREFERRAL)) break;
    const referral = last.closure + reReferralGap(random);
    if (referral > clock.end) break;
    child.episodes.push(new EpisodeBuilder(random, clock, child, referral, false).run());
  }
  return child;
}

/**
 * Simulates one child of a history from their first referral on `firstReferral` (possibly years before the first
 * census year) to the end of the clock: the first episode, then re-referrals (never once the child is nearly an
 * adult). Unlike {@link simulateChild}, nothing is drawn to fit one census year.
 */
export function simulateHistoryChild(random: Random, clock: JourneyClock, firstReferral: number): ChildDraft {
  const child = newChild(random, firstReferral);
  child.episodes.push(new EpisodeBuilder(random, clock, child, firstReferral, false).run());
  const adult = child.birth + Math.floor(18 * YEAR);
  for (;;) {
    const last = child.episodes[child.episodes.length - 1]!;
    if (last.closure === undefined || last.closure > clock.end || child.death !== undefined) break;
    if (child.episodes.length >= MAX_EPISODES || !random.chance(REREFERRAL)) break;
    const referral = last.closure + reReferralGap(random);
    if (referral > clock.end || referral >= adult - 60) break;
    child.episodes.push(new EpisodeBuilder(random, clock, child, referral, false).run());
  }
  return child;
}

/** Days from a closure to the next referral: many within 12 months (published re-referral rate 22.6%). */
function reReferralGap(random: Random): number {
  return random.chance(0.6) ? random.int(7, 120) : random.chance(0.67) ? random.int(121, 365) : random.int(366, 900);
}

function newChild(random: Random, referral: number): ChildDraft {
  const [lo, hi] = ages.pick(random);
  const birth =
    lo < 0 ? referral + random.int(30, 200) : referral - Math.floor(random.int(lo, hi) * YEAR) - random.int(0, 364);
  const sex = random.chance(0.003) ? 'U' : random.chance(0.515) ? 'M' : 'F';
  return {
    birth,
    sex,
    ethnicity: ethnicities.pick(random),
    disabled: random.chance(0.06),
    plans: referral - birth < YEAR ? 0 : previousPlans.pick(random),
    episodes: [],
  };
}

/** Builds one episode step by step, keeping the rules' orderings (nothing overlaps, closure after all activity). */
class EpisodeBuilder {
  private readonly episode: EpisodeDraft;
  private lead: LeadConcern = LEAD_CONCERNS[0]!;
  private core = '';

  constructor(
    private readonly random: Random,
    private readonly clock: JourneyClock,
    private readonly child: ChildDraft,
    referral: number,
    private readonly arrivesLookedAfter: boolean,
  ) {
    const source = (referral < child.birth ? preBirthSources : sources).pick(random);
    this.episode = {
      referral,
      source,
      nfa: false,
      assessments: [],
      cinPlans: [],
      section47s: [],
      cpPlans: [],
    };
  }

  run(): EpisodeDraft {
    const { random, clock, episode } = this;
    const referral = episode.referral;
    // NFA referrals close the same day; none is dated before the year (8569Q).
    if (!this.arrivesLookedAfter && clock.nfaAllowed(referral) && random.chance(NFA)) {
      episode.nfa = true;
      if (random.chance(0.4)) episode.need = nfaNeeds.pick(random);
      episode.closure = referral;
      episode.reason = 'RC7';
      return episode;
    }
    const age = this.ageAt(referral);
    this.lead = leadsByAge.get(Math.max(-1, Math.min(28, age)))!.pick(random);
    if (this.lead.name === "child's disability") this.child.disabled = true;
    this.core = random.pick(this.lead.core);
    episode.need = needTables.get(this.lead)!.pick(random);

    const firstDay = clock.onOrAfterWorkingDay(referral);
    const assessment: AssessmentDraft = { start: clock.addWorkingDays(firstDay, random.int(0, 3)), factors: [] };
    episode.assessments.push(assessment);
    let conference: number | undefined;
    let section47: Section47Draft | undefined;
    if (referral >= this.child.birth && random.chance(TRANSFER_IN)) {
      // Transfer-in conference for a child arriving on a plan: the ICPC is recorded on the episode.
      episode.source = '5C';
      conference = clock.addWorkingDays(firstDay, random.int(5, 15));
      episode.conference = conference;
    } else if (!this.arrivesLookedAfter && random.chance(this.lead.s47)) {
      // The strategy discussion falls on or after the assessment start, so a file never shows an S47 whose
      // episode has no assessment yet (2991Q).
      section47 = this.section47(clock.addWorkingDays(assessment.start, random.int(0, 2)), CONFERENCE_AFTER_S47);
      conference = section47.conference;
    }
    this.complete(assessment, section47?.concluded);
    if (this.arrivesLookedAfter) return this.lookedAfterFrom(assessment.authorised!);

    if (conference !== undefined && (episode.conference !== undefined || random.chance(PLAN_AFTER_CONFERENCE))) {
      return this.protectionFrom(conference);
    }
    const authorised = assessment.authorised!;
    if (section47 === undefined && conference === undefined && random.chance(NOT_IN_NEED)) {
      return this.notInNeed(assessment);
    }
    const next = random.next();
    if (next < 0.58) return this.cinPlanFrom(clock.onOrAfterWorkingDay(authorised + random.int(0, 15)));
    if (next < 0.94) return this.close(authorised + random.int(5, 90), serviceClosure.pick(random));
    return this.lookedAfterFrom(authorised);
  }

  /** Closed after assessment: RC8 (no further action) or RC9 (early help), sometimes with factor 21. */
  private notInNeed(assessment: AssessmentDraft): EpisodeDraft {
    const { random, clock } = this;
    const authorised = assessment.authorised!;
    const closure = clock.onOrAfterWorkingDay(authorised + random.int(0, 10));
    // An RC8/RC9 episode needs its assessment in the file (8825Q): one authorised before the year is not.
    const reason = !clock.notInNeedReasonAllowed(authorised, closure) ? 'RC7' : random.chance(0.55) ? 'RC8' : 'RC9';
    // Factor 21 only on an episode the file shows closed RC8/RC9 (8873Q).
    if (reason !== 'RC7' && clock.notInNeedFactorAllowed(authorised, closure) && random.chance(0.45)) {
      assessment.factors = ['21'];
    } else assessment.factors = this.factors(true);
    return this.close(closure, reason);
  }

  /** A CP plan from the ICPC, then step-down, closure or care. */
  private protectionFrom(conference: number): EpisodeDraft {
    const { random, clock, child } = this;
    const end = this.cpPlan(conference);
    if (end === undefined || end > clock.end) return this.episode;
    const next = random.next();
    if (next < 0.55) return this.cinPlanFrom(end, child.plans < 6);
    if (next < 0.8) return this.close(end + random.int(0, 30), serviceClosure.pick(random));
    if (next < 0.96) return this.lookedAfterFrom(end);
    return this.close(end, 'RC5');
  }

  /** A CIN plan from `start`; during it the child may be re-assessed, or an S47 may lead to a (repeat) CP plan. */
  private cinPlanFrom(start: number, mayEscalate = true): EpisodeDraft {
    const { random, clock, child, episode } = this;
    const length = child.disabled && random.chance(0.5) ? random.int(180, 900) : random.int(45, 365);
    const busyUntil = this.lastActivity();
    const plan: { start: number; end?: number } = { start, end: clock.onOrAfterWorkingDay(start + length) };
    episode.cinPlans.push(plan);
    if (start > clock.end) return episode;
    const escalateAt = clock.onOrAfterWorkingDay(Math.max(start + random.int(14, 200), busyUntil + 7));
    if (mayEscalate && random.chance(0.08) && escalateAt < plan.end! - 7) {
      // Concerns grow: a new assessment and S47; an ICPC ends the CIN plan and starts a CP plan (4001, 4017).
      const assessment: AssessmentDraft = { start: escalateAt, factors: [] };
      episode.assessments.push(assessment);
      const section47 = this.section47(escalateAt, 0.6);
      this.complete(assessment, section47.concluded);
      if (section47.conference !== undefined && random.chance(PLAN_AFTER_CONFERENCE)) {
        plan.end = section47.conference;
        return this.protectionFrom(section47.conference);
      }
    } else if (random.chance(0.05) && escalateAt < plan.end! - 60) {
      const assessment: AssessmentDraft = { start: escalateAt, factors: [] };
      episode.assessments.push(assessment);
      this.complete(assessment, undefined);
    }
    return this.close(plan.end! + random.int(0, 20), serviceClosure.pick(random));
  }

  /** The child becomes looked after: the CIN episode stays open for years, then closes. */
  private lookedAfterFrom(from: number): EpisodeDraft {
    const { random } = this;
    const young = this.ageAt(from) < 8;
    let reason = lookedAfterClosure.pick(random);
    if (reason === 'RC1' && !young) reason = 'RC4';
    return this.close(from + random.int(200, 1500), reason);
  }

  /** A section 47 enquiry from `start`; ICPCs fall on working days, most within 15 of the start. */
  private section47(start: number, conferenceChance: number): Section47Draft {
    const { random, clock } = this;
    const s: Section47Draft = { start, notRequired: true, concluded: clock.addWorkingDays(start, random.int(3, 15)) };
    if (random.chance(0.9)) s.target = clock.addWorkingDays(start, 15);
    if (random.chance(conferenceChance)) {
      let conference = clock.addWorkingDays(start, between(random, icpcDays.pick(random)));
      // Not still waiting for its ICPC at a census date more than 15 working days after the start (8675Q).
      const deadline = clock.conferenceDeadline(start);
      if (deadline !== undefined && conference > deadline) {
        conference = clock.addWorkingDays(start, random.int(1, clock.workingDaysBetween(start, deadline)));
      }
      s.conference = conference;
      s.notRequired = false;
      s.concluded = conference;
    }
    this.episode.section47s.push(s);
    return s;
  }

  /** Authorises an assessment (after the S47 it runs alongside) and records its factors. */
  private complete(assessment: AssessmentDraft, notBefore: number | undefined): void {
    const { random, clock } = this;
    let authorised = clock.addWorkingDays(assessment.start, between(random, assessmentDays.pick(random)));
    if (notBefore !== undefined && authorised < notBefore) {
      authorised = clock.addWorkingDays(notBefore, random.int(0, 5));
    }
    // Not still open at a census date more than 45 working days after the start (8670Q).
    const deadline = clock.assessmentDeadline(assessment.start);
    if (deadline !== undefined && authorised > deadline) {
      const earliest = Math.max(clock.addWorkingDays(assessment.start, 1), notBefore ?? 0);
      if (earliest <= deadline) {
        authorised = clock.addWorkingDays(earliest, random.int(0, clock.workingDaysBetween(earliest, deadline)));
      }
    }
    assessment.authorised = authorised;
    assessment.factors = this.factors(false);
  }

  /** Factors at assessment: the lead concern's core factor plus others at roughly published frequencies. */
  private factors(notInNeed: boolean): string[] {
    const { random } = this;
    const out = [this.core];
    const age = this.ageAt(this.episode.referral);
    if (notInNeed) {
      if (random.chance(0.3)) {
        const [code, , minAge] = random.pick(EXTRA_FACTORS);
        if (age >= minAge && !out.includes(code)) out.push(code);
      }
      return out;
    }
    for (const [code, chance, minAge] of EXTRA_FACTORS) {
      if (age < minAge || code === this.core) continue;
      const boost = minAge >= 11 ? 2.2 : minAge >= 8 ? 1.8 : 1;
      if (random.chance(chance * boost) && out.length < 6) out.push(code);
    }
    return out;
  }

  /** A CP plan from `start` with reviews (first within 3 months, then at most every 6); returns its end. */
  private cpPlan(start: number): number | undefined {
    const { random, clock, child } = this;
    const lead = this.lead;
    let initial = lead.categoryByCore?.[this.core] ?? categoryTables.get(lead)!.pick(random);
    if (random.chance(0.05)) initial = categories.pick(random);
    const latest = random.chance(0.88) ? initial : categories.pick(random);
    const plan: CpPlanDraft = {
      start,
      initialCategory: initial,
      latestCategory: latest,
      previousPlans: child.plans,
      reviews: [],
    };
    child.plans++;
    this.episode.cpPlans.push(plan);
    const target = start + between(random, planDays.pick(random));
    const endsAtReview = random.chance(0.85);
    let review = clock.onOrAfterWorkingDay(start + (random.chance(0.92) ? random.int(35, 85) : random.int(92, 110)));
    for (;;) {
      if (review >= target) {
        if (endsAtReview) {
          plan.reviews.push(review);
          plan.end = review;
        } else {
          plan.end = clock.onOrAfterWorkingDay(target);
        }
        return plan.end;
      }
      plan.reviews.push(review);
      if (review > clock.end) return undefined;
      review = clock.onOrAfterWorkingDay(review + (random.chance(0.94) ? random.int(120, 180) : random.int(185, 210)));
    }
  }

  /** Closes the episode on or after every activity; at 18 at the latest; rarely because the child died. */
  private close(day: number, reason: string): EpisodeDraft {
    const { random, clock, child, episode } = this;
    let closure = clock.onOrAfterWorkingDay(Math.max(day, this.lastActivity()));
    const adult = child.birth + Math.floor(18 * YEAR);
    if (closure > adult && adult > episode.referral) {
      closure = Math.max(adult, this.lastActivity());
      if (reason !== 'RC8' && reason !== 'RC9') reason = 'RC7';
    }
    if (reason === 'RC6' && this.ageAt(closure) < 17) reason = 'RC7';
    if (
      reason === 'RC7' &&
      closure >= clock.start &&
      closure <= clock.end &&
      closure > child.birth &&
      random.chance(DEATH_AT_CLOSURE)
    ) {
      reason = 'RC2';
      child.death = closure;
    }
    episode.closure = closure;
    episode.reason = reason;
    return episode;
  }

  private lastActivity(): number {
    const e = this.episode;
    let last = e.referral;
    const later = (d: number | undefined) => {
      if (d !== undefined && d > last) last = d;
    };
    later(e.conference);
    for (const a of e.assessments) later(a.authorised ?? a.start);
    for (const s of e.section47s) later(s.concluded);
    for (const p of e.cinPlans) later(p.end ?? p.start);
    for (const p of e.cpPlans) {
      later(p.end ?? p.start);
      for (const r of p.reviews) later(r);
    }
    return last;
  }

  private ageAt(day: number): number {
    return day < this.child.birth ? -1 : Math.floor((day - this.child.birth) / YEAR);
  }
}
