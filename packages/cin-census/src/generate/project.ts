import type { IsoDate } from '@waypoint/calendar';
import type { CinChildStory, CinEpisodeStory } from './story.ts';

/** A child as one census holds them: every value resolved, ready to write (and to carry a seeded issue). */
export interface CensusChild {
  id: string;
  upn?: string;
  formerUpn?: string;
  upnUnknown?: string;
  birthDate?: IsoDate;
  expectedBirthDate?: IsoDate;
  sex?: 'M' | 'F' | 'U';
  deathDate?: IsoDate;
  ethnicity: string;
  disabilities: string[];
  episodes: CensusEpisode[];
}

/** An episode as the census holds it. */
export interface CensusEpisode {
  referralDate: IsoDate;
  referralSource: string;
  primaryNeed?: string;
  closureDate?: IsoDate;
  closureReason?: string;
  conferenceDate?: IsoDate;
  nfa: boolean;
  assessments: Array<{ start: IsoDate; internalReview?: IsoDate; authorised?: IsoDate; factors: string[] }>;
  cinPlans: Array<{ start: IsoDate; end?: IsoDate }>;
  section47s: Array<{ start: IsoDate; target?: IsoDate; conference?: IsoDate; notRequired: boolean }>;
  cpPlans: CensusCpPlan[];
}

/** A CP plan as the census holds it. */
export interface CensusCpPlan {
  start: IsoDate;
  end?: IsoDate;
  initialCategory: string;
  latestCategory: string;
  /** null = not recorded. */
  previousPlans: number | null;
  reviews: IsoDate[];
}

/** The census year: 1 April to the 31 March ReferenceDate, both included. */
export interface CensusYear {
  start: IsoDate;
  end: IsoDate;
}

const upTo = (date: IsoDate | undefined, end: IsoDate) => (date !== undefined && date <= end ? date : undefined);

/**
 * What the census of `year` holds of a story (`null` when nothing): episodes open at some time in the year;
 * within them, assessments completed in the year or still open, S47s whose ICPC fell in the year (or that
 * started in it, or still await one), plans open in the year, and reviews to date. Anything dated after the
 * census end has not happened yet: a later closure, authorisation, ICPC or plan end leaves the item open.
 * An unborn child (birth after the census end) has an expected birth date and sex U.
 */
export function projectStory(story: CinChildStory, year: CensusYear, defaultUpn: string): CensusChild | null {
  if (story.deathDate !== undefined && story.deathDate < year.start) return null;
  const episodes: CensusEpisode[] = [];
  for (const episode of story.episodes) {
    if (episode.referralDate > year.end) continue;
    if (episode.closureDate !== undefined && episode.closureDate < year.start) continue;
    episodes.push(projectEpisode(story, episode, year));
  }
  if (episodes.length === 0) return null;
  const unborn = story.birthDate > year.end;
  const child: CensusChild = {
    id: story.id,
    ethnicity: story.ethnicity,
    disabilities: [...(story.disabilities ?? ['NONE'])],
    episodes,
  };
  const upn = story.upn === undefined ? (unborn ? undefined : defaultUpn) : (story.upn ?? undefined);
  if (upn !== undefined) child.upn = upn;
  if (story.formerUpn !== undefined) child.formerUpn = story.formerUpn;
  const upnUnknown = story.upnUnknown ?? (upn === undefined && unborn ? 'UN1' : undefined);
  if (upnUnknown !== undefined && upn === undefined) child.upnUnknown = upnUnknown;
  if (unborn) child.expectedBirthDate = story.birthDate;
  else child.birthDate = story.birthDate;
  if (story.sex !== undefined) child.sex = unborn ? 'U' : story.sex;
  const death = upTo(story.deathDate, year.end);
  if (death !== undefined) child.deathDate = death;
  return child;
}

function projectEpisode(story: CinChildStory, episode: CinEpisodeStory, year: CensusYear): CensusEpisode {
  const { end, start } = year;
  const closureDate = upTo(episode.closureDate, end);
  const out: CensusEpisode = {
    referralDate: episode.referralDate,
    referralSource: episode.referralSource,
    nfa: episode.nfa === true,
    assessments: [],
    cinPlans: [],
    section47s: [],
    cpPlans: [],
  };
  if (episode.primaryNeed !== undefined) out.primaryNeed = episode.primaryNeed;
  if (closureDate !== undefined) {
    out.closureDate = closureDate;
    if (episode.closureReason !== undefined) out.closureReason = episode.closureReason;
  }
  const conference = upTo(episode.conferenceDate, end);
  if (conference !== undefined) out.conferenceDate = conference;
  for (const a of episode.assessments ?? []) {
    if (a.start > end) continue;
    const authorised = upTo(a.authorised, end);
    if (authorised !== undefined && authorised < start) continue;
    const assessment: CensusEpisode['assessments'][number] = {
      start: a.start,
      factors: authorised ? [...(a.factors ?? [])] : [],
    };
    const internalReview = upTo(a.internalReview, end);
    if (internalReview !== undefined) assessment.internalReview = internalReview;
    if (authorised !== undefined) assessment.authorised = authorised;
    out.assessments.push(assessment);
  }
  for (const p of episode.cinPlans ?? []) {
    if (p.start > end) continue;
    const planEnd = upTo(p.end, end);
    if (planEnd !== undefined && planEnd < start) continue;
    out.cinPlans.push(planEnd === undefined ? { start: p.start } : { start: p.start, end: planEnd });
  }
  for (const s of episode.section47s ?? []) {
    if (s.start > end) continue;
    const held = upTo(s.conferenceDate, end);
    const awaiting = held === undefined && (s.conferenceDate !== undefined || s.conferenceNotRequired !== true);
    if (held !== undefined ? held < start : !awaiting && s.start < start) continue;
    const section47: CensusEpisode['section47s'][number] = {
      start: s.start,
      notRequired: !awaiting && held === undefined,
    };
    if (s.conferenceTarget !== undefined) section47.target = s.conferenceTarget;
    if (held !== undefined) section47.conference = held;
    out.section47s.push(section47);
  }
  for (const p of episode.cpPlans ?? []) {
    if (p.start > end) continue;
    const planEnd = upTo(p.end, end);
    if (planEnd !== undefined && planEnd < start) continue;
    const plan: CensusCpPlan = {
      start: p.start,
      initialCategory: p.initialCategory,
      latestCategory: p.latestCategory ?? p.initialCategory,
      previousPlans: p.previousPlans === undefined ? earlierPlans(story, p.start) : p.previousPlans,
      reviews: (p.reviews ?? []).filter((d) => d <= end),
    };
    if (planEnd !== undefined) plan.end = planEnd;
    out.cpPlans.push(plan);
  }
  return out;
}

/** CP plans in the story that started before `date`. */
function earlierPlans(story: CinChildStory, date: IsoDate): number {
  let n = 0;
  for (const e of story.episodes) for (const p of e.cpPlans ?? []) if (p.start < date) n++;
  return n;
}
