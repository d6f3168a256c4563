import { addDays, addMonths, toEpochDay } from '@waypoint/calendar';
import { checkStory } from './check-story.ts';
import { DisabilityPicker, storyOfDraft } from './child-story.ts';
import { CensusClock, isoOfDay } from './days.ts';
import { simulateChild } from './journey.ts';
import { type CensusChild, type CensusYear, projectStory } from './project.ts';
import { childSeed, Random } from './random.ts';
import { type IssueContext, seededIssuesFor, seedIssue } from './seeded-issues.ts';
import type { CinChildStory } from './story.ts';
import { makeUpn, serialOf } from './upn.ts';
import { childXml, FOOTER_XML, headerXml } from './write-xml.ts';

/** Options every census generator takes: size, seed, authority, seeded issues and named stories. */
export interface GenerateCensusBaseOptions {
  /** Number of generated children (the `extraChildren` come on top). */
  children: number;
  /** Seed of the pseudo-random generator: the same options always give the same file. */
  seed: number;
  /** The 3-digit LA number (Header LEA; UPN characters 2–4), e.g. '990'. */
  laNumber: string;
  /** Share of generated children given one realistic data-quality slip (see `SEEDED_ISSUES`); default 0.01. */
  errorRate?: number;
  /** Named children written as told (only what this year's census holds of each story), after the generated ones. */
  extraChildren?: readonly CinChildStory[];
}

/** Options for {@link generateCensus} and {@link generateCensusChunks}. */
export interface GenerateCensusOptions extends GenerateCensusBaseOptions {
  /** Collection end year: 2025 = 2024/25 (ReferenceDate 31 March 2025). */
  year: number;
}

/** Collection end years the generator writes (the calendar's bank-holiday table and the reader's schema years). */
export const GENERATOR_YEARS = { from: 2020, to: 2027 } as const;

/** Children per yielded chunk (about 0.5 MB of XML). */
const CHILDREN_PER_CHUNK = 400;
/** Serials for made-up UPNs: generated children use 0 … 4×10⁸, story children the next 10⁸, former UPNs above. */
export const STORY_UPNS = 400_000_000;
/** First serial of the former UPNs given to a few school-age generated children. */
export const FORMER_UPNS = 500_000_000;

/**
 * A synthetic CIN census XML for one LA and year, as a single string. Use for small files;
 * {@link generateCensusChunks} streams large ones.
 */
export function generateCensus(options: GenerateCensusOptions): string {
  let out = '';
  for (const chunk of generateCensusChunks(options)) out += chunk;
  return out;
}

/**
 * A synthetic CIN census XML yielded in chunks of a few hundred children, so a national-size file (~800 MB)
 * is never held whole. Each generated child follows a coherent journey (referral, assessment, S47 → ICPC →
 * CP plan with reviews, CIN plan, closure, re-referral…); with `errorRate: 0` the file passes the rules of
 * its year (see the README for the exceptions). Deterministic per seed.
 */
export function* generateCensusChunks(options: GenerateCensusOptions): Generator<string, void, undefined> {
  const { children, year, seed, laNumber, errorRate, extraChildren } = checkedOptions(options);
  const clock = new CensusClock(year);
  const census: CensusYear = { start: isoOfDay(clock.start), end: isoOfDay(clock.end) };
  const referenceDate = `${year}-03-31`;
  const schoolAgeBornBy = toEpochDay(addMonths(addDays(addMonths(referenceDate, 4), 31), -48));
  const issues = seededIssuesFor(year);
  const disabilities = new DisabilityPicker();
  const storyIds = new Set(extraChildren.map((s) => s.id));
  let nextId = 0;

  yield headerXml(year, laNumber);
  let chunk = '';
  let inChunk = 0;
  for (let i = 0; i < children; i++) {
    let child: CensusChild | null = null;
    // A journey that misses the year (rare: a carried-over episode closing at 18 before 1 April) is drawn again.
    for (let attempt = 0; child === null; attempt++) {
      const random = new Random(childSeed(seed, i + attempt * 0x1000000));
      const draft = simulateChild(random, clock);
      let id: string;
      do id = `C${String(++nextId).padStart(7, '0')}`;
      while (storyIds.has(id));
      const upn = makeUpn(laNumber, i);
      const formerUpn = makeUpn(laNumber, FORMER_UPNS + i);
      const story = storyOfDraft(draft, id, { clock, random, disabilities, upn, formerUpn, schoolAgeBornBy });
      child = projectStory(story, census, upn);
      if (child && errorRate > 0 && random.chance(errorRate)) {
        const ctx: IssueContext = {
          year,
          census,
          assessmentQueryBefore: isoOfDay(clock.assessmentQueryBefore),
          conferenceQueryBefore: isoOfDay(clock.conferenceQueryBefore),
          random,
        };
        seedIssue(child, issues, ctx);
      }
    }
    chunk += childXml(child, year);
    if (++inChunk === CHILDREN_PER_CHUNK) {
      yield chunk;
      chunk = '';
      inChunk = 0;
    }
  }
  yield chunk + storiesXml(extraChildren, census, year, laNumber) + FOOTER_XML;
}

/** The named stories' children as the census holds them, each with a made-up UPN that is the same every year. */
export function storiesXml(
  stories: readonly CinChildStory[],
  census: CensusYear,
  year: number,
  laNumber: string,
): string {
  let out = '';
  const usedSerials = new Set<number>();
  for (const story of stories) {
    let serial = serialOf(story.id, STORY_UPNS, 100_000_000);
    while (usedSerials.has(serial)) serial++;
    usedSerials.add(serial);
    const child = projectStory(story, census, makeUpn(laNumber, serial));
    if (child) out += childXml(child, year);
  }
  return out;
}

interface CheckedOptions {
  children: number;
  year: number;
  seed: number;
  laNumber: string;
  errorRate: number;
  extraChildren: readonly CinChildStory[];
}

function checkedOptions(options: GenerateCensusOptions): CheckedOptions {
  checkYear('year', options.year);
  return { ...checkedBaseOptions(options), year: options.year };
}

/** Refuses a collection end year the generator cannot write, naming the option. */
export function checkYear(name: string, year: number): void {
  if (!Number.isInteger(year) || year < GENERATOR_YEARS.from || year > GENERATOR_YEARS.to) {
    throw new RangeError(
      `${name} must be a collection end year from ${GENERATOR_YEARS.from} to ${GENERATOR_YEARS.to} (2025 = 2024/25); got ${year}`,
    );
  }
}

/** The options every census generator shares, checked (stories included), with their defaults. */
export function checkedBaseOptions(options: GenerateCensusBaseOptions): Omit<CheckedOptions, 'year'> {
  const { children, seed, laNumber, errorRate = 0.01, extraChildren = [] } = options;
  if (!Number.isInteger(children) || children < 0 || children >= STORY_UPNS) {
    throw new RangeError(`children must be a whole number from 0 to ${STORY_UPNS - 1}; got ${children}`);
  }
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be a whole number; got ${seed}`);
  if (!/^\d{3}$/.test(laNumber)) {
    throw new RangeError(`laNumber must be the 3-digit LA number (e.g. '990'); got '${laNumber}'`);
  }
  if (!(errorRate >= 0 && errorRate <= 1)) throw new RangeError(`errorRate must be between 0 and 1; got ${errorRate}`);
  const seen = new Set<string>();
  for (const story of extraChildren) checkStory(story, seen);
  return { children, seed, laNumber, errorRate, extraChildren };
}
