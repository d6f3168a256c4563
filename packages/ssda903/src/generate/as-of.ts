/**
 * Cuts a scripted story at an "as at" day: nothing happens after it. Episodes, missing periods, reviews, social
 * worker episodes, adoption decisions and deprivation of liberty orders that start later are dropped; anything
 * still going on that day is open (blank end); per-year records of collection years that start later are dropped.
 */
import type { IsoDate } from '@waypoint/calendar';
import type { ChildStory, StoryEpisode } from './story.ts';

/** Keeps the entries of a per-year record whose collection year starts on or before `asOf`. */
function yearsUpTo<T>(record: Partial<Record<number, T>> | undefined, asOf: IsoDate, keep: (year: number) => boolean) {
  if (record === undefined) return undefined;
  const out: Partial<Record<number, T>> = {};
  let any = false;
  for (const [key, value] of Object.entries(record)) {
    const year = Number(key);
    if (value === undefined || `${year - 1}-04-01` > asOf || !keep(year)) continue;
    out[year] = value;
    any = true;
  }
  return any ? out : undefined;
}

/** An episode as it stood on `asOf` (open when it ended later). */
const episodeAsOf = (e: StoryEpisode, asOf: IsoDate): StoryEpisode =>
  e.dec !== '' && e.dec > asOf ? { ...e, dec: '', rec: '', reasonPlaceChange: '' } : e;

/** Open-ended items as they stood on `asOf`: later ones dropped, later ends blanked. */
function itemsAsOf<T extends { end: string }>(
  items: readonly T[] | undefined,
  asOf: IsoDate,
  start: (item: T) => string,
) {
  if (items === undefined) return undefined;
  return items.filter((i) => start(i) <= asOf).map((i) => (i.end !== '' && i.end > asOf ? { ...i, end: '' } : i));
}

/** The story as known on `asOf`. Optional fields left with nothing are left out. */
export function storyAsOf(story: ChildStory, asOf: IsoDate): ChildStory {
  const {
    episodes: allEpisodes,
    missing,
    reviews,
    socialWorkers,
    deprivationOfLiberty,
    adoptionDecisions,
    adoption,
    motherChildDob,
    previousPermanence,
    outcomes,
    careLeaver,
    ...identity
  } = story;
  const episodes = allEpisodes.filter((e) => e.decom <= asOf).map((e) => episodeAsOf(e, asOf));
  const out: ChildStory = { ...identity, episodes };
  const nonEmpty = <T>(items: T[] | undefined) => (items !== undefined && items.length > 0 ? items : undefined);
  const m = nonEmpty(itemsAsOf(missing, asOf, (x) => x.start));
  if (m) out.missing = m;
  const r = nonEmpty(reviews?.filter((x) => x.date <= asOf));
  if (r) out.reviews = r;
  const sw = nonEmpty(itemsAsOf(socialWorkers, asOf, (x) => x.start));
  if (sw) out.socialWorkers = sw;
  const dolo = nonEmpty(itemsAsOf(deprivationOfLiberty, asOf, (x) => x.start));
  if (dolo) out.deprivationOfLiberty = dolo;
  const decisions = nonEmpty(
    adoptionDecisions
      ?.filter((d) => d.decided <= asOf)
      .map((d) => (d.ceased !== '' && d.ceased > asOf ? { ...d, ceased: '' as const, reason: '' } : d)),
  );
  if (decisions) out.adoptionDecisions = decisions;
  if (adoption && episodes.some((e) => e.rec === 'E11' || e.rec === 'E12')) out.adoption = adoption;
  if (motherChildDob !== undefined && motherChildDob <= asOf) out.motherChildDob = motherChildDob;
  // Previous permanence belongs to a period of care that started in the year: not yet, if it starts later.
  const startedIn = (year: number) =>
    episodes.some((e) => e.rne === 'S' && e.decom >= `${year - 1}-04-01` && e.decom <= `${year}-03-31`);
  const perm = yearsUpTo(previousPermanence, asOf, startedIn);
  if (perm) out.previousPermanence = perm;
  const oc2 = yearsUpTo(outcomes, asOf, () => true);
  if (oc2) out.outcomes = oc2;
  const oc3 = yearsUpTo(careLeaver, asOf, () => true);
  if (oc3) out.careLeaver = oc3;
  return out;
}
