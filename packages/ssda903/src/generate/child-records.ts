/**
 * The per-child records that hang off the episodes: reviews, missing periods, social worker episodes, OC2
 * outcomes, OC3 care leaver information, adoption records.
 */
import type { SimEpisode } from './care-episodes.ts';
import type { SimContext } from './context.ts';
import { birthday, iso } from './days.ts';
import type { AdoptionPlan } from './plan.ts';
import type { Random } from './random.ts';
import type {
  StoryAdoption,
  StoryCareLeaver,
  StoryMissing,
  StoryOutcomes,
  StoryReview,
  StorySocialWorker,
} from './story.ts';

const PARTICIPATION: ReadonlyArray<readonly [string, number]> = [
  ['PN1', 0.42],
  ['PN2', 0.08],
  ['PN3', 0.05],
  ['PN4', 0.05],
  ['PN5', 0.1],
  ['PN6', 0.15],
  ['PN7', 0.15],
];

/**
 * Statutory reviews of one period of care: the first within about 20 working days, the second three months
 * later, then every six months; about one in ten is late. PN0 is the code while the child is under 4.
 */
export function reviews(ctx: SimContext, rng: Random, dob: number, start: number, exit: number | null): StoryReview[] {
  const out: StoryReview[] = [];
  const four = birthday(dob, 4);
  const stop = Math.min(exit ?? ctx.end + 1, ctx.end + 1);
  let t = start + (rng.chance(0.12) ? rng.int(28, 55) : rng.int(14, 27));
  let k = 0;
  while (t < stop) {
    if (t >= ctx.windowStart - 1) {
      out.push({ date: iso(t), participation: t < four ? 'PN0' : rng.weighted(PARTICIPATION) });
    }
    k++;
    if (k === 1) t += rng.chance(0.1) ? rng.int(100, 130) : rng.int(85, 92);
    else t += rng.chance(0.08) ? rng.int(190, 240) : rng.int(170, 182);
  }
  return out;
}

/**
 * Missing and away-from-placement periods for a child who goes missing: one or two a year, or 3–14 for a
 * child who repeatedly goes missing, from day `from` on. Each lies inside one episode (never on its first day),
 * they never overlap, and a period still open on the last day of the simulation is left open.
 */
export function missingPeriods(
  ctx: SimContext,
  rng: Random,
  episodes: readonly SimEpisode[],
  repeat: boolean,
  from: number,
): StoryMissing[] {
  const spans: Array<{ from: number; to: number }> = [];
  let total = 0;
  for (const e of episodes) {
    if (e.spec.temporary || e.ls === 'V3' || e.ls === 'V4') continue;
    const first = Math.max(e.start + 1, from);
    const to = Math.min(e.end === null ? ctx.end + 30 : e.end - 1, ctx.end + 30);
    if (to - first < 3) continue;
    spans.push({ from: first, to });
    total += to - first;
  }
  if (total === 0) return [];
  const perYear = repeat ? rng.int(3, 14) : rng.chance(0.6) ? 1 : 2;
  // Rounded at random, so a child in care for a short time in the window is missing in proportion to it.
  const expected = (perYear * total) / 365;
  const n = Math.floor(expected) + (rng.chance(expected % 1) ? 1 : 0);
  const starts: number[] = [];
  for (let i = 0; i < n; i++) {
    let offset = rng.int(0, total - 1);
    for (const s of spans) {
      if (offset < s.to - s.from) {
        starts.push(s.from + offset);
        break;
      }
      offset -= s.to - s.from;
    }
  }
  starts.sort((a, b) => a - b);
  const out: StoryMissing[] = [];
  let previousEnd = -Infinity;
  for (const start of starts) {
    if (start <= previousEnd || start > ctx.end) continue;
    const span = spans.find((s) => start >= s.from && start < s.to)!;
    const length = rng.weighted([
      [0, 0.45],
      [1, 0.35],
      [rng.int(2, 4), 0.2],
    ]);
    const end = Math.min(start + length, span.to);
    out.push({ type: rng.chance(0.6) ? 'M' : 'A', start: iso(start), end: end > ctx.end ? '' : iso(end) });
    previousEnd = end;
  }
  return out;
}

const SW_REASONS: ReadonlyArray<readonly [string, number]> = [
  ['LEFTRL', 0.35],
  ['MANAGE', 0.2],
  ['ORGRST', 0.1],
  ['TSPROC', 0.1],
  ['ABSENC', 0.08],
  ['CHCHAN', 0.04],
  ['PCCHAN', 0.03],
  ['OTHERS', 0.1],
];

/**
 * Social worker episodes: a chain of allocations with no gaps, from shortly before the child's first period
 * of care in the window to the end of the simulation (the latest stays open); a new worker is allocated
 * on each day the child comes into care (reason TSPROC), as the SW12 rule expects.
 */
export function socialWorkers(
  ctx: SimContext,
  rng: Random,
  firstStart: number,
  entries: readonly number[],
): StorySocialWorker[] {
  const out: StorySocialWorker[] = [];
  let t = Math.max(firstStart - rng.int(0, 90), ctx.windowStart - 365 - rng.int(30, 400));
  let reason = 'FCONTA';
  let worker = rng.pick(ctx.workers);
  while (t <= ctx.end) {
    const nextEntry = entries.find((d) => d > t);
    let end = t + rng.days(420, 14);
    let nextReason = rng.weighted(SW_REASONS);
    if (nextEntry !== undefined && end >= nextEntry) {
      end = nextEntry;
      nextReason = 'TSPROC';
    }
    if (end > ctx.end) {
      out.push({ id: worker, start: iso(t), end: '', reason });
      break;
    }
    out.push({ id: worker, start: iso(t), end: iso(end), reason });
    let next = rng.pick(ctx.workers);
    if (next === worker && ctx.workers.length > 1) next = rng.pick(ctx.workers.filter((w) => w !== worker));
    worker = next;
    reason = nextReason;
    t = end;
  }
  return out;
}

/**
 * OC2 outcomes for a child in the cohort of a year: SDQ score (or a reason) from 4 to 16, conviction from 10,
 * development check under 5, health items, substance misuse with the intervention items that follow from it.
 */
export function outcomes(rng: Random, dob: number, start: number, end: number): StoryOutcomes {
  const sdq = birthday(dob, 4) <= end && birthday(dob, 17) >= start;
  const scored = sdq && rng.chance(0.78);
  const older = birthday(dob, 11) <= end;
  const misuse = older && rng.chance(0.05) ? '1' : '0';
  const received = misuse === '1' ? (rng.chance(0.6) ? '1' : '0') : '';
  const reason = rng.weighted([
    ['SDQ2', 0.25],
    ['SDQ3', 0.15],
    ['SDQ4', 0.35],
    ['SDQ5', older ? 0.25 : 0],
  ]);
  return {
    sdqScore: scored
      ? String(Math.max(0, Math.min(40, Math.round(14 + (rng.next() + rng.next() + rng.next() - 1.5) * 12))))
      : '',
    sdqReason: sdq && !scored ? reason : '',
    convicted: end > birthday(dob, 10) ? (rng.chance(0.03) ? '1' : '0') : '',
    healthCheck: end < birthday(dob, 5) ? (rng.chance(0.9) ? '1' : '0') : '',
    immunisations: rng.chance(0.84) ? '1' : '0',
    teethCheck: rng.chance(0.77) ? '1' : '0',
    healthAssessment: rng.chance(0.88) ? '1' : '0',
    substanceMisuse: misuse,
    interventionReceived: received,
    interventionOffered: received === '0' ? (rng.chance(0.5) ? '1' : '0') : '',
  };
}

const ACTIVITY: ReadonlyArray<readonly [string, number]> = [
  ['F1', 0.06],
  ['P1', 0.02],
  ['F2', 0.22],
  ['P2', 0.04],
  ['F4', 0.05],
  ['P4', 0.01],
  ['F5', 0.12],
  ['P5', 0.06],
  ['G4', 0.08],
  ['G5', 0.28],
  ['G6', 0.06],
];

/**
 * OC3 for a care leaver in a year: mostly in touch, with an activity and an accommodation code (about 85% of
 * accommodation suitable). No foyer before 18 (rule 347), not with former foster carers around the 17th
 * birthday (3001); a young person reported as died stays so.
 */
export function careLeaver(rng: Random, dob: number, start: number, end: number, died: boolean): StoryCareLeaver {
  if (died) return { inTouch: 'DIED', activ: '0', accom: '0' };
  const inTouch = rng.weighted([
    ['YES', 0.86],
    ['NO', 0.06],
    ['REFU', 0.03],
    ['NREQ', 0.03],
    ['RHOM', 0.015],
    ['DIED', 0.002],
  ]);
  if (inTouch !== 'YES') return { inTouch, activ: '0', accom: '0' };
  const seventeenth = birthday(dob, 17);
  const stayingPut = !(seventeenth >= start && seventeenth <= end);
  const foyer = start >= birthday(dob, 18);
  const accom = rng.weighted([
    ['B1', 0.12],
    ['B2', 0.02],
    ['C1', 0.02],
    ['D1', 0.18],
    ['D2', 0.03],
    ['E1', 0.1],
    ['K1', 0.05],
    ['U1', 0.25],
    ['U2', 0.02],
    ['Z1', stayingPut ? 0.08 : 0],
    ['T1', foyer ? 0.03 : 0],
    ['V2', 0.03],
    ['W2', 0.01],
    ['S2', 0.02],
    ['X2', 0.03],
    ['G1', 0.01],
    ['Y1', 0.02],
  ]);
  return { inTouch, activ: rng.weighted(ACTIVITY), accom };
}

/** The AD1 record of an adoption: adopters by number, sex and legal status, consistent with each other. */
export function adoptionRecord(rng: Random, plan: AdoptionPlan, place: string): StoryAdoption {
  const couple = rng.chance(0.8);
  const sexAdoptr = couple
    ? rng.weighted([
        ['MF', 0.75],
        ['MM', 0.1],
        ['FF', 0.15],
      ])
    : rng.chance(0.85)
      ? 'F1'
      : 'M1';
  let lsAdoptr = 'L0';
  if (sexAdoptr === 'MF')
    lsAdoptr = rng.weighted([
      ['L11', 0.65],
      ['L3', 0.3],
      ['L2', 0.05],
    ]);
  else if (couple)
    lsAdoptr = rng.weighted([
      ['L12', 0.4],
      ['L2', 0.3],
      ['L4', 0.3],
    ]);
  return {
    dateInt: iso(plan.decision),
    dateMatch: iso(plan.match),
    fosterCare: place === 'A3' || place === 'A5' ? '1' : '0',
    nbAdoptr: couple ? '2' : '1',
    sexAdoptr,
    lsAdoptr,
  };
}
