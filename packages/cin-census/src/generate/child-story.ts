import { DISABILITY_ROTATION, DISABILITY_WEIGHTS, SCHOOL_AGE_UPN_UNKNOWN } from './catalogues.ts';
import { type CensusClock, isoOfDay } from './days.ts';
import type { ChildDraft, EpisodeDraft } from './journey.ts';
import { type Random, Weighted } from './random.ts';
import type { CinChildStory, CinEpisodeStory } from './story.ts';

const disabilityCodes = new Weighted(DISABILITY_WEIGHTS);
const schoolAgeReasons = new Weighted(SCHOOL_AGE_UPN_UNKNOWN);

/**
 * Chooses disability codes. The first disabled children of a file start with codes in a fixed rotation and
 * the first has two, so even a small file uses eight or more codes and records a child with several (the
 * return-level queries 2887Q and 2888Q); later children draw codes by frequency.
 */
export class DisabilityPicker {
  private disabledSoFar = 0;

  pick(random: Random): string[] {
    const n = this.disabledSoFar++;
    const codes = new Set<string>();
    if (n < DISABILITY_ROTATION.length) codes.add(DISABILITY_ROTATION[n]!);
    const wanted = n === 0 ? 2 : random.chance(0.55) ? 1 : random.chance(0.67) ? 2 : 3;
    while (codes.size < wanted) codes.add(disabilityCodes.pick(random));
    return [...codes];
  }
}

/** What a drafted child needs to become a story. */
export interface StoryContext {
  clock: CensusClock;
  random: Random;
  disabilities: DisabilityPicker;
  /** A valid UPN for this child, used unless the child has none. */
  upn: string;
  formerUpn: string;
  /** Birth on or before this day = of school age at the census date (rule 8770Q from 2024/25). */
  schoolAgeBornBy: number;
}

/** Turns a simulated child into a story: identifiers (UPN or a reason for none), disabilities and ISO dates. */
export function storyOfDraft(draft: ChildDraft, id: string, ctx: StoryContext): CinChildStory {
  const { clock, random } = ctx;
  const story: CinChildStory = {
    id,
    birthDate: isoOfDay(draft.birth),
    sex: draft.sex,
    ethnicity: draft.ethnicity,
    disabilities: draft.disabled && draft.birth <= clock.end ? ctx.disabilities.pick(random) : ['NONE'],
    episodes: draft.episodes.map(storyOfEpisode),
  };
  if (draft.death !== undefined) story.deathDate = isoOfDay(draft.death);
  if (draft.birth > clock.end) {
    story.upn = null;
    story.upnUnknown = 'UN1';
    return story;
  }
  const schoolAge = draft.birth <= ctx.schoolAgeBornBy;
  const hasUpn = random.chance(schoolAge ? 0.965 : clock.end - draft.birth > 730 ? 0.45 : 0.12);
  if (hasUpn) {
    story.upn = ctx.upn;
    if (schoolAge && random.chance(0.006)) story.formerUpn = ctx.formerUpn;
    return story;
  }
  story.upn = null;
  const nfaOnly = draft.episodes.every((e) => e.nfa);
  story.upnUnknown = nfaOnly && random.chance(0.6) ? 'UN7' : schoolAge ? schoolAgeReasons.pick(random) : 'UN1';
  return story;
}

/** An episode draft as a story episode (ISO dates). */
export function storyOfEpisode(e: EpisodeDraft): CinEpisodeStory {
  const out: CinEpisodeStory = {
    referralDate: isoOfDay(e.referral),
    referralSource: e.source,
    nfa: e.nfa,
    assessments: e.assessments.map((a) =>
      a.authorised === undefined
        ? { start: isoOfDay(a.start) }
        : { start: isoOfDay(a.start), authorised: isoOfDay(a.authorised), factors: a.factors },
    ),
    cinPlans: e.cinPlans.map((p) =>
      p.end === undefined ? { start: isoOfDay(p.start) } : { start: isoOfDay(p.start), end: isoOfDay(p.end) },
    ),
    section47s: e.section47s.map((s) => ({
      start: isoOfDay(s.start),
      ...(s.target === undefined ? {} : { conferenceTarget: isoOfDay(s.target) }),
      ...(s.conference === undefined ? { conferenceNotRequired: true } : { conferenceDate: isoOfDay(s.conference) }),
    })),
    cpPlans: e.cpPlans.map((p) => ({
      start: isoOfDay(p.start),
      ...(p.end === undefined ? {} : { end: isoOfDay(p.end) }),
      initialCategory: p.initialCategory,
      latestCategory: p.latestCategory,
      previousPlans: p.previousPlans,
      reviews: p.reviews.map(isoOfDay),
    })),
  };
  if (e.need !== undefined) out.primaryNeed = e.need;
  if (e.closure !== undefined) {
    out.closureDate = isoOfDay(e.closure);
    if (e.reason !== undefined) out.closureReason = e.reason;
  }
  if (e.conference !== undefined) out.conferenceDate = isoOfDay(e.conference);
  return out;
}
