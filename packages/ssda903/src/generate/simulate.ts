/**
 * One child from outline to story: decides which collection years' returns the child belongs in, simulates the
 * episodes of each period of care that reaches those years, and adds reviews, missing periods, social
 * workers, adoption records, previous permanence, OC2 outcomes, OC3 care leaver information, motherhood, UPN
 * and deprivation of liberty orders.
 */
import { continuouslyLookedAfter12Months } from '../derived/looked-after.ts';
import { type SimEpisode, simulatePeriod } from './care-episodes.ts';
import { adoptionRecord, careLeaver, missingPeriods, outcomes, reviews, socialWorkers } from './child-records.ts';
import { hasDeprivationOfLibertyYears, postcodeIn, type SimContext, type SimYear } from './context.ts';
import { ageOn, birthday, day, iso } from './days.ts';
import type { ChildPlan, PeriodPlan } from './plan.ts';
import type { Random } from './random.ts';
import { episodesInYear } from './render.ts';
import type { ChildStory, StoryEpisode } from './story.ts';
import { makeUpn } from './upn.ts';

const ETHNIC: ReadonlyArray<readonly [string, number]> = [
  ['WBRI', 0.66],
  ['WIRI', 0.005],
  ['WOTH', 0.04],
  ['WIRT', 0.004],
  ['WROM', 0.006],
  ['MWBC', 0.03],
  ['MWBA', 0.01],
  ['MWAS', 0.01],
  ['MOTH', 0.03],
  ['AIND', 0.008],
  ['APKN', 0.012],
  ['ABAN', 0.005],
  ['AOTH', 0.01],
  ['BCRB', 0.015],
  ['BAFR', 0.03],
  ['BOTH', 0.01],
  ['CHNE', 0.002],
  ['OOTH', 0.03],
  ['REFU', 0.003],
  ['NOBT', 0.002],
];

const UASC_ETHNIC: ReadonlyArray<readonly [string, number]> = [
  ['OOTH', 0.45],
  ['BAFR', 0.3],
  ['AOTH', 0.2],
  ['WOTH', 0.05],
];

/** Reasons a period ends that make the young person a care leaver (not death, transfer, adoption). */
const NOT_CARE_LEAVER = new Set(['E2', 'E3', 'E11', 'E12', 'E15']);

/** Collection years in which the child is owed OC3 care leaver information (spec §6.4, rules 391, 1007, 1016). */
function careLeaverYears(ctx: SimContext, plan: ChildPlan): number[] {
  const last = plan.periods[plan.periods.length - 1];
  if (!last || last.exit === null || NOT_CARE_LEAVER.has(last.exitReason)) return [];
  if (plan.periods.some((p) => p.exitReason === 'E2')) return [];
  const b14 = birthday(plan.dob, 14);
  const b16 = birthday(plan.dob, 16);
  const b17 = birthday(plan.dob, 17);
  let after14 = 0;
  for (const p of plan.periods) after14 += Math.max(0, (p.exit ?? ctx.end) - Math.max(p.start, b14));
  if (after14 < 91 || last.exit <= b16) return [];
  const out: number[] = [];
  for (const y of ctx.years) {
    if (last.exit > y.end) continue;
    const age = ageOn(plan.dob, y.end);
    if (age < 17 || age > 21) continue;
    if (age <= 18 && last.exit >= b17) continue;
    out.push(y.year);
  }
  return out;
}

/** True when a period's care reaches into any collection year generated. */
const reachesWindow = (ctx: SimContext, p: PeriodPlan) =>
  p.start <= ctx.end && (p.exit === null || p.exit >= ctx.windowStart);

/** The collection years whose returns the outlined child appears in (episodes overlapping the year, or OC3 due). */
export function presence(ctx: SimContext, plan: ChildPlan): number[] {
  const leaverYears = careLeaverYears(ctx, plan);
  const inYear = (y: SimYear) =>
    leaverYears.includes(y.year) ||
    plan.periods.some((p) => p.start <= y.end && (p.exit === null || p.exit >= y.start)) ||
    (plan.shortBreaks ?? []).some((b) => b.start <= y.end && b.end >= y.start);
  return ctx.years.filter(inYear).map((y) => y.year);
}

function toStoryEpisode(e: SimEpisode, homePost: string): StoryEpisode {
  return {
    decom: iso(e.start),
    rne: e.rne,
    ls: e.ls,
    cin: e.cin,
    place: e.spec.place,
    provider: e.spec.provider,
    dec: e.end === null ? '' : iso(e.end),
    rec: e.rec,
    reasonPlaceChange: e.rpc,
    homePost,
    plPost: e.spec.plPost,
    urn: e.spec.urn,
  };
}

/** The child's episodes of a year in the shape the cohort functions read. */
function careRows(story: ChildStory, year: number) {
  return episodesInYear(story, year).map((e) => ({
    CHILD: story.child,
    DECOM: e.decom,
    DEC: e.dec,
    RNE: e.rne,
    LS: e.ls,
    REC: e.rec,
  }));
}

/** A first-child date of birth that rule 625 accepts in every year it is shown, or undefined. */
function motherhood(ctx: SimContext, rng: Random, story: ChildStory, dob: number, sims: readonly SimEpisode[]) {
  const from = birthday(dob, 14) + 180;
  const candidates = sims.filter(
    (e) => !e.spec.temporary && e.ls !== 'V3' && Math.max(e.start, from) < Math.min(e.end ?? ctx.end, ctx.end),
  );
  if (candidates.length === 0) return undefined;
  for (let attempt = 0; attempt < 4; attempt++) {
    const e = rng.pick(candidates);
    const date = iso(rng.int(Math.max(e.start, from, ctx.windowStart), Math.min(e.end ?? ctx.end, ctx.end)));
    const ok = ctx.years.every((y) => {
      if (date > iso(y.end)) return true;
      const ended = episodesInYear(story, y.year).filter((x) => x.dec !== '');
      return ended.length === 0 || ended.some((x) => x.dec >= date);
    });
    // A mother who is only a care leaver the next year would need MC_DOB (624) without MOTHER (628, 612).
    const leaverAfter = ctx.years.some(
      (y, k) =>
        k > 0 &&
        date <= iso(ctx.years[k - 1]!.end) &&
        story.careLeaver?.[y.year] !== undefined &&
        episodesInYear(story, y.year).length === 0,
    );
    if (ok && !leaverAfter) return date;
  }
  return undefined;
}

/**
 * Builds the story of an outlined child who appears in at least one of the two returns. `index` numbers the
 * child (for the UPN); `id` is the CHILD id.
 */
export function simulateChild(ctx: SimContext, rng: Random, plan: ChildPlan, id: string, index: number): ChildStory {
  const homePost = plan.uasc ? '' : postcodeIn(ctx.geo.home, rng).pcd;
  const story: ChildStory = {
    child: id,
    sex: plan.sex,
    dob: iso(plan.dob),
    ethnic: rng.weighted(plan.uasc ? UASC_ETHNIC : ETHNIC),
    upn: plan.uasc && rng.chance(0.35) ? 'UN2' : makeUpn(ctx.laNumber, index),
    episodes: [],
  };
  if (plan.uasc) story.uasc = true;
  if (plan.shortBreaks) return shortBreakStory(ctx, rng, plan, story);

  const child = { dob: plan.dob, homePost, uasc: plan.uasc, adoption: false };
  const t3 = { count: 0 };
  const sims: SimEpisode[] = [];
  const periods = plan.periods.filter((p) => reachesWindow(ctx, p));
  for (const p of periods) {
    child.adoption = p.adoption !== undefined && p.adoption.reversed === null;
    const episodes = simulatePeriod(ctx, rng, child, p, t3);
    sims.push(...episodes);
    story.reviews = [...(story.reviews ?? []), ...reviews(ctx, rng, plan.dob, p.start, p.exit)];
    if (p.adoption) addAdoption(ctx, rng, story, p, episodes);
  }
  story.episodes = sims.map((e) => toStoryEpisode(e, homePost));

  for (const y of ctx.years) {
    const started = periods.filter((p) => p.start >= y.start && p.start <= y.end);
    if (started.length > 0) {
      story.previousPermanence = {
        ...story.previousPermanence,
        [y.year]: started[started.length - 1]!.previousPermanence,
      };
    }
    if (continuouslyLookedAfter12Months(careRows(story, y.year), iso(y.end)).has(id)) {
      story.outcomes = { ...story.outcomes, [y.year]: outcomes(rng, plan.dob, y.start, y.end) };
    }
  }
  let died = false;
  for (const year of careLeaverYears(ctx, plan)) {
    const y = ctx.years.find((x) => x.year === year)!;
    const record = careLeaver(rng, plan.dob, y.start, y.end, died);
    died = record.inTouch === 'DIED';
    story.careLeaver = { ...story.careLeaver, [year]: record };
  }

  if (sims.length > 0) {
    const from = missingFrom(ctx, rng, plan.dob, sims);
    if (from !== null) {
      const missing = missingPeriods(ctx, rng, sims, rng.chance(0.4), from);
      if (missing.length > 0) story.missing = missing;
    }
    const entries = periods.map((p) => p.start);
    story.socialWorkers = socialWorkers(ctx, rng, periods[0]!.start, entries);
    if (plan.sex === 'F' && rng.chance(0.03)) {
      const date = motherhood(ctx, rng, story, plan.dob, sims);
      if (date) story.motherChildDob = date;
    }
    if (hasDeprivationOfLibertyYears(ctx)) addDeprivationOfLiberty(ctx, rng, story, plan.dob, sims);
  }
  const schoolAgeUnknown = !plan.uasc && rng.chance(0.7);
  for (const y of ctx.years) {
    // UN1 until the child is of school age (rule 209: four by 31 August before the collection year).
    if (schoolAgeUnknown && birthday(plan.dob, 4) > day(`${y.year - 2}-08-31`)) {
      story.upnByYear = { ...story.upnByYear, [y.year]: 'UN1' };
    }
  }
  return story;
}

/** The first day on or after `day` (and in the window) that the child is in care, or null. */
function inCareFrom(ctx: SimContext, sims: readonly SimEpisode[], day: number): number | null {
  const from = Math.max(day, ctx.windowStart);
  for (const e of sims) {
    if (e.end !== null && e.end <= from) continue;
    return e.start > ctx.end ? null : Math.max(from, e.start);
  }
  return null;
}

/**
 * The day from which a child in care goes missing now and then, or null: about one child in eight in care at
 * 10–12 and three in ten at 13 or over (the risk is judged again at 13, so it follows the child's age).
 */
function missingFrom(ctx: SimContext, rng: Random, dob: number, sims: readonly SimEpisode[]): number | null {
  const ten = inCareFrom(ctx, sims, birthday(dob, 10));
  if (ten === null) return null;
  if (rng.chance(0.12)) return ten;
  const thirteen = inCareFrom(ctx, sims, birthday(dob, 13));
  return thirteen !== null && rng.chance(0.2) ? thirteen : null;
}

/** The decision to place for adoption (and its reversal, if made by the end of the simulation), and AD1. */
function addAdoption(
  ctx: SimContext,
  rng: Random,
  story: ChildStory,
  p: PeriodPlan,
  episodes: readonly SimEpisode[],
): void {
  const a = p.adoption!;
  if (a.decision > ctx.end) return;
  const reversed = a.reversed !== null && a.reversed <= ctx.end;
  story.adoptionDecisions = [
    {
      decided: iso(a.decision),
      ceased: reversed ? iso(a.reversed!) : '',
      reason: reversed
        ? rng.weighted([
            ['RD1', 0.3],
            ['RD3', 0.5],
            ['RD4', 0.2],
          ])
        : '',
    },
  ];
  const last = episodes[episodes.length - 1]!;
  if (last.rec === 'E11' || last.rec === 'E12') story.adoption = adoptionRecord(rng, a, last.spec.place);
}

/** First day a deprivation of liberty order is drawn: a year before the DoLo table starts (2026/27). */
const DOLO_FROM = day('2025-04-01');

/** From 2026/27: some children in children's homes are deprived of their liberty by court order (DoLo). */
function addDeprivationOfLiberty(
  ctx: SimContext,
  rng: Random,
  story: ChildStory,
  dob: number,
  sims: readonly SimEpisode[],
) {
  const orders: Array<{ start: string; end: string }> = [];
  for (let k = 0; k < sims.length; k++) {
    const e = sims[k]!;
    const first = Math.max(ctx.windowStart, DOLO_FROM);
    if (e.spec.place !== 'K2' || e.rne === 'L' || e.start < first || ageOn(dob, e.start) < 11) continue;
    if (!rng.chance(0.05)) continue;
    let last = k;
    while (last + 1 < sims.length && sims[last + 1]!.spec === e.spec) last++;
    const until = sims[last]!.end;
    const start = e.start + rng.int(1, 20);
    if ((until !== null && start >= until - 2) || start > ctx.end) continue;
    const end = until === null ? (rng.chance(0.3) ? rng.int(start + 30, start + 200) : null) : until - 1;
    orders.push({ start: iso(start), end: end === null || end > ctx.end ? '' : iso(end) });
  }
  if (orders.length > 0) story.deprivationOfLiberty = orders;
}

/** A short-break child's story: one V3 episode per break in a CQC-registered residential care home (R1). */
function shortBreakStory(ctx: SimContext, rng: Random, plan: ChildPlan, story: ChildStory): ChildStory {
  const provider = rng.chance(0.6) ? 'PR1' : 'PR4';
  story.episodes = (plan.shortBreaks ?? []).map((b) => ({
    decom: iso(b.start),
    rne: 'S',
    ls: 'V3',
    cin: 'N2',
    place: 'R1',
    provider,
    dec: b.end > ctx.end ? '' : iso(b.end),
    rec: b.end > ctx.end ? '' : 'E4A',
    reasonPlaceChange: '',
    homePost: '',
    plPost: '',
    urn: '',
  }));
  for (const y of ctx.years) {
    if ((plan.shortBreaks ?? []).some((b) => b.start >= y.start && b.start <= y.end)) {
      story.previousPermanence = {
        ...story.previousPermanence,
        [y.year]: { prevPerm: 'Z1', laPerm: '', datePerm: '' },
      };
    }
  }
  return story;
}
