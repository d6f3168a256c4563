/**
 * The generation context: the time line, a seeded stream per generator, and the population as epoch
 * days with the look-ups every generator needs.
 */
import { toEpochDay } from '@waypoint/calendar';
import type { DemoPopulation } from './population.ts';
import { type Rng, rngFor } from './random.ts';
import { Timeline } from './timeline.ts';

/** Epoch day standing for "still open". */
export const OPEN_DAY = 1_000_000;

/** A period of care or placement as epoch days (end = {@link OPEN_DAY} while open). */
export interface DaySpan {
  start: number;
  end: number;
}

/** A looked-after child as epoch days. */
export interface CtxChild {
  id: string;
  dob: number;
  periods: DaySpan[];
  placements: (DaySpan & { place: string; provider?: string; urn?: string })[];
  team?: string;
  shortBreaksOnly: boolean;
}

/** A CP plan as epoch days. */
export interface CtxPlan extends DaySpan {
  childId: string;
  planId: string;
  category: string;
  previousPlans: number;
}

/** A CIN episode as epoch days. */
export interface CtxCinEpisode {
  childId: string;
  referralId: string;
  referral: number;
  closure: number;
  nfa: boolean;
  source?: string;
  assessments: { start: number; authorised: number | null }[];
}

/** A care leaver as epoch days. */
export interface CtxCareLeaver {
  childId: string;
  dob: number;
  ceased: number;
}

/** Everything a generator receives. */
export interface GenContext {
  seed: number;
  tl: Timeline;
  children: CtxChild[];
  childById: Map<string, CtxChild>;
  plans: CtxPlan[];
  cin: CtxCinEpisode[];
  careLeavers: CtxCareLeaver[];
  /** Every child id the population holds (for avoiding collisions with generated ids). */
  knownIds: Set<string>;
  /** An independent random stream for a generator. */
  rng(label: string): Rng;
}

function day(iso: string | undefined, where: string): number {
  if (iso === undefined || iso === '') return OPEN_DAY;
  try {
    return toEpochDay(iso);
  } catch {
    throw new Error(`${where}: "${iso}" is not a real date (expected YYYY-MM-DD). Fix the population record.`);
  }
}

/** Builds the context for a population, a demo today and a seed. */
export function buildContext(population: DemoPopulation, today: string, seed: number): GenContext {
  const tl = new Timeline(today);
  const children: CtxChild[] = population.lookedAfter.map((c, i) => ({
    id: c.childId,
    dob: day(c.dateOfBirth, `lookedAfter[${i}].dateOfBirth`),
    periods: c.periods
      .map((p, j) => ({
        start: day(p.start, `lookedAfter[${i}].periods[${j}].start`),
        end: day(p.end, `lookedAfter[${i}].periods[${j}].end`),
      }))
      .sort((a, b) => a.start - b.start),
    placements: c.placements
      .map((p, j) => ({
        start: day(p.start, `lookedAfter[${i}].placements[${j}].start`),
        end: day(p.end, `lookedAfter[${i}].placements[${j}].end`),
        place: p.place,
        ...(p.provider ? { provider: p.provider } : {}),
        ...(p.urn ? { urn: p.urn } : {}),
      }))
      .sort((a, b) => a.start - b.start),
    ...(c.team ? { team: c.team } : {}),
    shortBreaksOnly: c.shortBreaksOnly === true,
  }));
  const plans: CtxPlan[] = population.cpPlans
    .map((p, i) => ({
      childId: p.childId,
      planId: p.planId,
      start: day(p.start, `cpPlans[${i}].start`),
      end: day(p.end, `cpPlans[${i}].end`),
      category: p.category,
      previousPlans: p.previousPlans ?? 0,
    }))
    .sort((a, b) => a.start - b.start || (a.childId < b.childId ? -1 : 1));
  const cin: CtxCinEpisode[] = population.cinEpisodes
    .map((e, i) => ({
      childId: e.childId,
      referralId: e.referralId,
      referral: day(e.referralDate, `cinEpisodes[${i}].referralDate`),
      closure: day(e.closureDate, `cinEpisodes[${i}].closureDate`),
      nfa: e.nfa === true,
      ...(e.source ? { source: e.source } : {}),
      assessments: e.assessments.map((a, j) => ({
        start: day(a.start, `cinEpisodes[${i}].assessments[${j}].start`),
        authorised: a.authorised ? day(a.authorised, `cinEpisodes[${i}].assessments[${j}].authorised`) : null,
      })),
    }))
    .sort((a, b) => a.referral - b.referral || (a.childId < b.childId ? -1 : 1));
  const careLeavers = population.careLeavers.map((c, i) => ({
    childId: c.childId,
    dob: day(c.dateOfBirth, `careLeavers[${i}].dateOfBirth`),
    ceased: day(c.ceasedCare, `careLeavers[${i}].ceasedCare`),
  }));
  const knownIds = new Set<string>([
    ...children.map((c) => c.id),
    ...plans.map((p) => p.childId),
    ...cin.map((e) => e.childId),
    ...careLeavers.map((c) => c.childId),
  ]);
  return {
    seed,
    tl,
    children,
    childById: new Map(children.map((c) => [c.id, c])),
    plans,
    cin,
    careLeavers,
    knownIds,
    rng: (label) => rngFor(seed, label),
  };
}

/** The period of care open on a day (start ≤ day < end), if any. */
export function periodOn(child: CtxChild, d: number): DaySpan | undefined {
  return child.periods.find((p) => p.start <= d && d < p.end);
}

/** The placement open on a day, if any. */
export function placementOn(child: CtxChild, d: number): CtxChild['placements'][number] | undefined {
  return child.placements.find((p) => p.start <= d && d < p.end);
}

/** True when the child is looked after (not short breaks only) on a day. */
export function lookedAfterOn(child: CtxChild, d: number): boolean {
  return !child.shortBreaksOnly && periodOn(child, d) !== undefined;
}

/** Year, month (1–12) and day of an epoch day (H. Hinnant's civil_from_days). */
export function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [era * 400 + yoe + (m <= 2 ? 1 : 0), m, d];
}

/** Epoch day of a year, month (1–12) and day (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** Whole years of age on a day (a 29 February birthday falls on 28 February in other years). */
export function ageOnDay(dob: number, d: number): number {
  const [by, bm, bd] = civilFromDays(dob);
  const [y, m, dd] = civilFromDays(d);
  let age = y - by;
  if (m < bm || (m === bm && dd < bd)) age -= 1;
  return age;
}

/** The epoch day `years` years after `d` (29 February → 28 February). */
export function addYearsDay(d: number, years: number): number {
  return addMonthsDay(d, years * 12);
}

/** The epoch day `months` calendar months after `d`, clamping to month ends. */
export function addMonthsDay(d: number, months: number): number {
  const [y, m, dd] = civilFromDays(d);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return daysFromCivil(year, month, Math.min(dd, daysInMonth(year, month)));
}
