import { addDays, addMonths, type IsoDate, isIsoDate, toEpochDay } from '@waypoint/calendar';
import { validatorWorkingDaysBefore } from '../rules/working-days.ts';
import { DisabilityPicker, storyOfEpisode } from './child-story.ts';
import { HistoryClock, isoOfDay } from './days.ts';
import {
  checkedBaseOptions,
  checkYear,
  FORMER_UPNS,
  type GenerateCensusBaseOptions,
  storiesXml,
} from './generate-census.ts';
import { applyIdentity, type ChildIdentity, drawIdentity } from './identity.ts';
import { type ChildDraft, simulateHistoryChild } from './journey.ts';
import { type CensusYear, projectStory } from './project.ts';
import { childSeed, Random } from './random.ts';
import { type IssueContext, seededIssuesFor, seedIssue } from './seeded-issues.ts';
import type { CinChildStory } from './story.ts';
import { makeUpn } from './upn.ts';
import { childXml, FOOTER_XML, headerXml } from './write-xml.ts';

/** Options for {@link generateCensusHistory}. */
export interface GenerateCensusHistoryOptions extends GenerateCensusBaseOptions {
  /** First collection end year (2024 = 2023/24). */
  fromYear: number;
  /** Last collection end year; its census is an in-year one when `asOf` falls inside it. */
  toYear: number;
  /**
   * The demo's "today": nothing after it reaches a file. Must fall in `toYear`'s collection year (from 1 April);
   * default 31 March of `toYear` (every census complete).
   */
  asOf?: IsoDate;
}

/** One census of a history. */
export interface CensusHistoryYear {
  /** Collection end year (Header `Year`). */
  year: number;
  /** The Header ReferenceDate: 31 March, or `asOf` for the in-year census. */
  referenceDate: IsoDate;
  xml: string;
  /** True for the in-year census of the year containing `asOf`. */
  partial: boolean;
}

/** First referrals are drawn from this many days before the first census year, so its stock is what a steady flow leaves. */
const LOOKBACK_DAYS = Math.round(9 * 365.25);
/** The fractional part of the golden ratio: its multiples spread evenly over [0, 1). */
const GOLDEN = 0.6180339887498949;
/** A separate stream of the seed for the arrival sequence and the seeded issues. */
const ARRIVALS_STREAM = 0x7a3c1;
const ISSUES_STREAM = 0x5eed5;
/** Candidate children drawn per child kept, at most (a guard against a loop that cannot fill the year). */
const MAX_DRAWS_PER_CHILD = 50;

/** A generated child of the history: the whole story, identity and index (for its seeded-issue stream). */
interface HistoryChild {
  index: number;
  story: CinChildStory;
  identity: ChildIdentity;
}

/** The census years of the history, the last cut at `asOf`. */
function censusYears(options: GenerateCensusHistoryOptions): Array<CensusYear & { year: number; partial: boolean }> {
  const { fromYear, toYear, asOf } = options;
  checkYear('fromYear', fromYear);
  checkYear('toYear', toYear);
  if (toYear < fromYear) throw new RangeError(`toYear (${toYear}) must not be before fromYear (${fromYear})`);
  if (asOf !== undefined && !isIsoDate(asOf)) {
    throw new RangeError(`asOf must be a real date written YYYY-MM-DD (e.g. 2026-07-15); got '${asOf}'`);
  }
  if (asOf !== undefined && asOf < `${toYear - 1}-04-01`) {
    throw new RangeError(
      `asOf ${asOf} is before collection year ${toYear - 1}/${String(toYear % 100).padStart(2, '0')} starts: ` +
        'set toYear to the collection year that contains asOf',
    );
  }
  const out: Array<CensusYear & { year: number; partial: boolean }> = [];
  for (let year = fromYear; year <= toYear; year++) {
    const end = `${year}-03-31`;
    if (year === toYear && asOf !== undefined && asOf < end) {
      // A census dated `asOf` covers the year to it, as the validator derives the period from ReferenceDate.
      out.push({ year, start: addDays(addMonths(asOf, -12), 1), end: asOf, partial: true });
    } else out.push({ year, start: `${year - 1}-04-01`, end, partial: false });
  }
  return out;
}

/** Whether any of the draft's episodes is open at some time in the census year (what puts a child in it). */
function inCensus(draft: ChildDraft, start: number, end: number): boolean {
  if (draft.death !== undefined && draft.death < start) return false;
  return draft.episodes.some((e) => e.referral <= end && (e.closure === undefined || e.closure >= start));
}

/**
 * CIN census files for the collection years `fromYear` to `toYear` told from one set of histories: every child,
 * generated or named, has one history, and each year's file holds what that year's census would (episodes open at
 * any time in the year, with their assessments, plans, S47s and reviews to date). With `asOf`, nothing after it
 * reaches a file and the year containing it is an in-year census whose ReferenceDate is `asOf` (the reader and
 * validator take the census period from ReferenceDate, so open work is judged at `asOf`). `children` is the
 * number of generated children in the latest full year's file; seeded issues (`errorRate`) go into that file
 * only. Deterministic per seed.
 */
export function generateCensusHistory(options: GenerateCensusHistoryOptions): CensusHistoryYear[] {
  const years = censusYears(options);
  const { children, seed, laNumber, errorRate, extraChildren } = checkedBaseOptions(options);
  const clock = new HistoryClock(years.map((y) => ({ start: y.start, referenceDate: y.end })));
  const last = years[years.length - 1]!;
  const latestFull = last.partial && years.length > 1 ? years[years.length - 2]! : last;
  const counted = { start: toEpochDay(latestFull.start), end: toEpochDay(latestFull.end) };

  const from = clock.start - LOOKBACK_DAYS;
  const span = clock.end - from;
  let phase = new Random(childSeed(seed, ARRIVALS_STREAM)).next();
  const picker = new DisabilityPicker();
  const storyIds = new Set(extraChildren.map((s) => s.id));
  const kept: HistoryChild[] = [];
  let nextId = 0;
  let inLatest = 0;
  for (let n = 0; inLatest < children; n++) {
    if (n > MAX_DRAWS_PER_CHILD * (children + 10)) {
      throw new Error(`Internal error: could not fill ${children} children for ${latestFull.year} in ${n} draws.`);
    }
    // First referrals follow the golden-ratio sequence over time: even arrivals keep the yearly volumes level.
    phase = (phase + GOLDEN) % 1;
    const random = new Random(childSeed(seed, n));
    const draft = simulateHistoryChild(random, clock, from + Math.floor(phase * span));
    if (!inCensus(draft, clock.start, clock.end)) continue;
    if (inCensus(draft, counted.start, counted.end)) inLatest++;
    let id: string;
    do id = `C${String(++nextId).padStart(7, '0')}`;
    while (storyIds.has(id));
    const index = kept.length;
    const story: CinChildStory = {
      id,
      birthDate: isoOfDay(draft.birth),
      sex: draft.sex,
      ethnicity: draft.ethnicity,
      upn: null,
      episodes: draft.episodes.map(storyOfEpisode),
    };
    if (draft.death !== undefined) story.deathDate = isoOfDay(draft.death);
    const upn = makeUpn(laNumber, index);
    const identity = drawIdentity(random, upn, makeUpn(laNumber, FORMER_UPNS + index), draft.disabled, picker);
    kept.push({ index, story, identity });
  }

  return years.map((census) => {
    let xml = headerXml(census.year, laNumber, census.end);
    const issues = census === latestFull && errorRate > 0 ? issueContext(census) : null;
    const issueList = seededIssuesFor(census.year);
    for (const { index, story, identity } of kept) {
      const child = projectStory(story, census, '');
      if (!child) continue;
      applyIdentity(child, identity, census.end);
      if (issues) {
        const random = new Random(childSeed(seed ^ ISSUES_STREAM, index));
        if (random.chance(errorRate)) seedIssue(child, issueList, { ...issues, random });
      }
      xml += childXml(child, census.year);
    }
    xml += storiesXml(extraChildren, census, census.year, laNumber) + FOOTER_XML;
    return { year: census.year, referenceDate: census.end, xml, partial: census.partial };
  });
}

/** What a seeded issue may look at in a census (the queries about work open at its ReferenceDate). */
function issueContext(census: CensusYear & { year: number }): Omit<IssueContext, 'random'> {
  return {
    year: census.year,
    census,
    assessmentQueryBefore: validatorWorkingDaysBefore(census.end, 45),
    conferenceQueryBefore: validatorWorkingDaysBefore(census.end, 15),
  };
}
