/**
 * The outline of a child's care: date of birth and each period of care (start, pathway, how and when it ends).
 * Sampled cheaply for many candidate children; only those whose care touches the two collection years (or who
 * are care leavers then) are simulated in detail.
 */
import type { SimContext } from './context.ts';
import { ageOn, birthday, iso } from './days.ts';
import { type Random, weightedAt } from './random.ts';
import type { StoryPreviousPermanence, StorySex } from './story.ts';

/** How a period of care unfolds. */
export type Pathway = 'home' | 'sgo' | 'adoption' | 'longterm' | 'until18' | 'remand' | 'other';

/** Milestones of an adoption: decision, placement order, match, placement, adoption order (day numbers). */
export interface AdoptionPlan {
  decision: number;
  /** Placement order (LS E1) granted; null for adoption with consent (A4, no placement order). */
  order: number | null;
  /** The decision was reversed on this day (before a match): no adoption. */
  reversed: number | null;
  match: number;
  placed: number;
  adopted: number;
}

/** One period of care. */
export interface PeriodPlan {
  start: number;
  /** Day care ended; null when still looked after at the end of this year's return. */
  exit: number | null;
  /** REC of the last episode ('' while open; 'SGO' and 'AT18' are settled from the last placement). */
  exitReason: string;
  pathway: Pathway;
  cin: string;
  adoption?: AdoptionPlan;
  previousPermanence: StoryPreviousPermanence;
}

/** A short break: one V3 episode. */
export interface ShortBreak {
  start: number;
  end: number;
}

/** The outline of one child. */
export interface ChildPlan {
  sex: StorySex;
  dob: number;
  uasc: boolean;
  periods: PeriodPlan[];
  /** Short-break children have breaks instead of periods of care. */
  shortBreaks?: ShortBreak[];
}

const ENTRY_AGE: ReadonlyArray<readonly [number, number]> = [
  [0, 18],
  [1, 4],
  [2, 4],
  [3, 4],
  [4, 3],
  [5, 3.6],
  [6, 3.4],
  [7, 3.4],
  [8, 3.3],
  [9, 3.3],
  [10, 4.5],
  [11, 5],
  [12, 6],
  [13, 7],
  [14, 7],
  [15, 6.5],
  [16, 7.5],
  [17, 5.5],
];

const UASC_ENTRY_AGE: ReadonlyArray<readonly [number, number]> = [
  [13, 0.03],
  [14, 0.08],
  [15, 0.2],
  [16, 0.36],
  [17, 0.33],
];

const CIN: ReadonlyArray<readonly [string, number]> = [
  ['N1', 0.65],
  ['N2', 0.03],
  ['N3', 0.01],
  ['N4', 0.08],
  ['N5', 0.14],
  ['N6', 0.02],
  ['N7', 0.002],
  ['N8', 0.06],
];

/** Other authorities' three-digit numbers (from DfE's list), for permanence orders made elsewhere. */
const OTHER_LA_NUMBERS = ['800', '822', '825', '837', '846', '850', '867', '873', '876', '881', '886', '889', '909'];

/** A weighted choice: from the random stream, or at a given point of an even sequence. */
type Pick = <T>(entries: ReadonlyArray<readonly [T, number]>) => T;

function pathwayFor(age: number, pick: Pick, reentry: boolean): Pathway {
  if (age < 1 && !reentry) {
    return pick<Pathway>([
      ['adoption', 0.42],
      ['home', 0.22],
      ['sgo', 0.18],
      ['longterm', 0.18],
    ]);
  }
  if (age < 5) {
    return pick<Pathway>([
      ['adoption', reentry ? 0 : 0.24],
      ['home', 0.3],
      ['sgo', 0.2],
      ['longterm', 0.26],
    ]);
  }
  if (age < 10) {
    return pick<Pathway>([
      ['home', 0.38],
      ['sgo', 0.14],
      ['longterm', 0.48],
    ]);
  }
  if (age < 16) {
    return pick<Pathway>([
      ['home', 0.42],
      ['longterm', 0.46],
      ['remand', age >= 12 ? 0.05 : 0],
      ['other', 0.07],
    ]);
  }
  return pick<Pathway>([
    ['home', 0.25],
    ['until18', 0.75],
  ]);
}

/** Previous permanence for a new period of care: mostly none (Z1), sometimes an order made elsewhere. */
function previousPermanence(rng: Random, start: number, dob: number): StoryPreviousPermanence {
  if (start - dob < 400) return { prevPerm: 'Z1', laPerm: '', datePerm: '' };
  const kind = rng.weighted([
    ['Z1', 0.86],
    ['P2', 0.05],
    ['P3', 0.04],
    ['P1', start - dob > 3 * 365 ? 0.02 : 0],
    ['P4', 0.03],
  ]);
  if (kind === 'Z1') return { prevPerm: 'Z1', laPerm: '', datePerm: '' };
  const made = rng.int(dob + 60, start - 90);
  const date = iso(made);
  const [y, m, d] = [date.slice(0, 4), date.slice(5, 7), date.slice(8, 10)];
  // ZZ for an unknown day or month is read as the latest date it could be, which must still be before care began.
  const monthKnown = iso(start) > `${y}-${m}-31`;
  const yearKnown = iso(start) > `${y}-12-31`;
  const datePerm = rng.weighted([
    [`${d}/${m}/${y}`, 0.75],
    [`ZZ/${m}/${y}`, monthKnown ? 0.2 : 0],
    [`ZZ/ZZ/${y}`, yearKnown ? 0.05 : 0],
  ]);
  return { prevPerm: kind, laPerm: rng.chance(0.9) ? rng.pick(OTHER_LA_NUMBERS) : '999', datePerm };
}

/** A day that is not a collection year's last day (exits on 31 March make a child both in and out of a cohort). */
function avoidYearEnds(ctx: SimContext, d: number): number {
  return ctx.years.some((y) => y.end === d) ? d - 1 : d;
}

/** The outline of one period of care starting on `start`. */
function planPeriod(
  ctx: SimContext,
  rng: Random,
  dob: number,
  start: number,
  uasc: boolean,
  reentry: boolean,
  u?: number,
): PeriodPlan {
  const age = ageOn(dob, start);
  const b18 = birthday(dob, 18);
  const pick: Pick = u === undefined ? (entries) => rng.weighted(entries) : (entries) => weightedAt(entries, u).value;
  const pathway: Pathway = uasc
    ? pick<Pathway>([
        ['until18', 0.9],
        ['longterm', 0.1],
      ])
    : pathwayFor(age, pick, reentry);
  let exit: number;
  let exitReason: string;
  let adoption: AdoptionPlan | undefined;
  const at18 = (): number => (rng.chance(0.85) ? b18 : start + rng.int(1, Math.max(1, b18 - start - 1)));
  switch (pathway) {
    case 'home':
      exit = start + (rng.chance(0.08) ? rng.int(1, 3) : rng.days(170, 7));
      exitReason = rng.weighted([
        ['E4A', 0.7],
        ['E4B', 0.08],
        ['E13', 0.1],
        ['E41', 0.06],
        ['E8', 0.06],
      ]);
      break;
    case 'sgo':
      exit = start + rng.int(300, 1100);
      exitReason = 'SGO';
      break;
    case 'adoption': {
      const decision = start + rng.int(120, 270);
      const consent = age < 1 && rng.chance(0.1);
      const order = consent ? null : decision + rng.int(20, 60);
      const match = (order ?? decision) + rng.int(30, 200);
      const placed = match + rng.int(7, 40);
      const adopted = placed + rng.int(90, 300);
      const reversed = !consent && rng.chance(0.08) ? order! + rng.int(20, Math.max(21, match - order! - 5)) : null;
      adoption = { decision, order, reversed, match, placed, adopted };
      if (reversed !== null) {
        exit = rng.chance(0.5) ? reversed + rng.int(200, 900) : b18;
        exitReason = exit === b18 ? 'AT18' : 'SGO';
      } else {
        exit = adopted;
        exitReason = rng.chance(0.7) ? 'E11' : 'E12';
      }
      break;
    }
    case 'longterm':
      exit = at18();
      exitReason =
        exit === b18
          ? 'AT18'
          : rng.weighted([
              ['E4A', 0.5],
              ['SGO', 0.2],
              ['E8', 0.2],
              ['E13', 0.1],
            ]);
      break;
    case 'until18':
      exit = rng.chance(0.8) ? b18 : start + rng.days(200, 14);
      exitReason =
        exit === b18
          ? 'AT18'
          : rng.weighted([
              ['E4A', 0.6],
              ['E13', 0.25],
              ['E8', 0.15],
            ]);
      break;
    case 'remand':
      exit = start + rng.int(14, 150);
      exitReason = rng.chance(0.6) ? 'E14' : 'E9';
      break;
    default:
      exit = start + rng.int(30, 400);
      exitReason = rng.chance(0.6) ? 'E8' : 'E13';
  }
  if (rng.chance(0.001)) {
    exit = start + rng.int(1, Math.max(1, Math.min(exit, b18) - start));
    exitReason = 'E2';
  } else if (rng.chance(0.01) && pathway !== 'adoption') {
    exit = start + rng.int(7, Math.max(7, Math.min(exit, b18) - start));
    exitReason = 'E3';
  }
  if (exitReason === 'SGO') exit = Math.min(exit, b18 - rng.int(30, 200));
  if (exit >= b18) {
    exit = b18;
    if (exitReason !== 'E2' && exitReason !== 'E3') exitReason = 'AT18';
  }
  if (exit <= start) exit = start + 1;
  const shifted = avoidYearEnds(ctx, exit);
  if (shifted !== exit) {
    exit = shifted <= start ? exit + 1 : shifted;
    if (exitReason === 'AT18' && exit < b18) exitReason = 'E5';
  }
  const plan: PeriodPlan = {
    start,
    exit: exit > ctx.end ? null : exit,
    exitReason: exit > ctx.end ? '' : exitReason,
    pathway,
    cin: uasc ? 'N8' : rng.weighted(CIN),
    previousPermanence: reentry ? { prevPerm: 'Z1', laPerm: '', datePerm: '' } : previousPermanence(rng, start, dob),
  };
  if (adoption) plan.adoption = adoption;
  return plan;
}

/** The day at `phase` (0 to 1) of the span from `from` to `to`. */
const within = (from: number, to: number, phase: number) =>
  from + Math.min(to - from, Math.floor(phase * (to - from + 1)));

/** Reasons a period ends after which the child may come back into care. */
const MAY_RETURN = new Set(['E4A', 'E4B', 'E13', 'E8']);

/**
 * Samples a child: most come into care once (some return later), some are unaccompanied asylum-seeking
 * children, a few only have short breaks. Care starts at any time from 21 years before the first collection
 * year to the end of the simulation, at a constant rate, so the stock of children in care and of care leavers
 * is what a steady flow would leave, and stays level from one collection year to the next. `point` (three
 * numbers from 0 to 1, from an {@link EvenSequence}) places the start in that span and chooses the kind of
 * child with their age at entry and the pathway of their first period, so that arrivals of each kind, age and
 * pathway are even over time.
 */
export function sampleChildPlan(ctx: SimContext, rng: Random, point: readonly number[]): ChildPlan {
  const [phase = rng.next(), kindAt = rng.next(), pathwayAt = rng.next()] = point;
  const { value: kind, rest: ageAt } = weightedAt(
    [
      ['care', 0.905],
      ['uasc', 0.08],
      ['short', 0.015],
    ],
    kindAt,
  );
  if (kind === 'short') return shortBreakChild(ctx, rng, phase);
  const uasc = kind === 'uasc';
  const sex: StorySex = uasc ? (rng.chance(0.9) ? 'M' : 'F') : rng.chance(0.56) ? 'M' : 'F';
  // Care starting up to 21 years before the first collection year can still reach it (a care leaver of 21).
  const start = within(ctx.windowStart - 21 * 365 - 30, ctx.end - 1, phase);
  const age = weightedAt(uasc ? UASC_ENTRY_AGE : ENTRY_AGE, ageAt).value;
  let dob = start - age * 365 - rng.int(0, 360);
  if (start >= birthday(dob, 18) - 20) dob += 40;
  const periods = [planPeriod(ctx, rng, dob, start, uasc, false, pathwayAt)];
  for (;;) {
    const last = periods[periods.length - 1]!;
    if (last.exit === null || !MAY_RETURN.has(last.exitReason) || periods.length >= 3) break;
    if (ageOn(dob, last.exit) >= 15 || !rng.chance(0.15)) break;
    const again = last.exit + rng.days(300, 30);
    if (again > ctx.end || again >= birthday(dob, 17)) break;
    periods.push(planPeriod(ctx, rng, dob, again, false, true));
  }
  return { sex, dob, uasc, periods };
}

/**
 * A disabled child on agreed short breaks (V3): a break of 1–5 days every few weeks (at most 60 days a year),
 * from an age of 5–15 for one to seven years, ending before the 18th birthday. The breaks begin at any time
 * up to the end of the simulation, so every collection year has its share of children starting and stopping
 * them; only breaks that reach the first collection year are kept.
 */
function shortBreakChild(ctx: SimContext, rng: Random, phase: number): ChildPlan {
  const first = within(ctx.windowStart - 7 * 365, ctx.end - 1, phase);
  const dob = first - rng.int(5 * 365, 15 * 365);
  const until = Math.min(ctx.end, birthday(dob, 18) - 10, first + rng.int(365, 7 * 365));
  const breaks: ShortBreak[] = [];
  let t = first;
  const gap = rng.int(25, 60);
  while (t < until) {
    const length = rng.int(1, 5);
    if (t + length >= until) break;
    const end = ctx.years.some((y) => y.end === t + length) ? t + length + 1 : t + length;
    if (end >= ctx.windowStart) breaks.push({ start: t, end });
    t = end + gap + rng.int(0, 14);
  }
  return { sex: rng.chance(0.6) ? 'M' : 'F', dob, uasc: false, periods: [], shortBreaks: breaks };
}
