/**
 * Turns one planned period of care into episodes: a legal status timeline and a placement timeline are drawn,
 * then merged; every day either changes begins an episode whose RNE says what changed (S, L, P, T, B, U).
 * The rules this follows are the DfE ones the validator checks (spec §5–§6): continuation episodes start the
 * day the previous ended, RNE L keeps the placement, P/T keep the legal status, temporary placements return
 * to the placement before them with RNE P, reasons for placement change are recorded on the episode that ends.
 */
import { H5_P2_UNTIL, K3_FROM, type SimContext } from './context.ts';
import { ageOn, birthday } from './days.ts';
import {
  choosePlace,
  meanStay,
  type PlacementChild,
  type PlacementSpec,
  specFor,
  temporarySpec,
} from './placement-choice.ts';
import type { PeriodPlan } from './plan.ts';
import type { Random } from './random.ts';

/** An episode as simulated (day numbers; `end` null while open at the end of the simulation). */
export interface SimEpisode {
  start: number;
  end: number | null;
  rne: string;
  ls: string;
  cin: string;
  spec: PlacementSpec;
  rec: string;
  rpc: string;
}

interface LegalChange {
  day: number;
  ls: string;
}

interface PlacementChange {
  day: number;
  spec: PlacementSpec;
  /** Why the child moved here (the reason recorded on the episode that ends). */
  reason?: string;
  /** The end of a temporary placement: back to the placement before it. */
  returning?: boolean;
}

const REASONS: ReadonlyArray<readonly [string, number]> = [
  ['CARPL', 0.34],
  ['CREQB', 0.11],
  ['CREQO', 0.1],
  ['CHILD', 0.08],
  ['LAREQ', 0.08],
  ['STAND', 0.03],
  ['ALLEG', 0.02],
  ['APPRR', 0.01],
  ['OTHER', 0.13],
];

/** The legal status timeline of a period (interim → full care order, police protection first, and so on). */
function legalTimeline(rng: Random, plan: PeriodPlan, age: number, end: number, uasc: boolean): LegalChange[] {
  const out: LegalChange[] = [];
  const at = (day: number, ls: string) => {
    if (day < end && (out.length === 0 || day > out[out.length - 1]!.day)) out.push({ day, ls });
  };
  const s = plan.start;
  if (plan.pathway === 'remand') return [{ day: s, ls: 'J1' }];
  if (uasc) return [{ day: s, ls: 'V2' }];
  const a = plan.adoption;
  if (a && a.order === null) return [{ day: s, ls: 'V2' }];
  let first: string;
  if (a)
    first = rng.weighted([
      ['C1', 0.85],
      ['L1', 0.08],
      ['L2', 0.07],
    ]);
  else if (plan.pathway === 'home' && end - s <= 3) first = 'L1';
  else if (age < 10)
    first = rng.weighted([
      ['C1', 0.62],
      ['V2', 0.25],
      ['L1', 0.08],
      ['L2', 0.05],
    ]);
  else if (age < 16)
    first = rng.weighted([
      ['V2', 0.5],
      ['C1', 0.42],
      ['L1', 0.08],
    ]);
  else
    first = rng.weighted([
      ['V2', 0.85],
      ['C1', 0.15],
    ]);
  at(s, first);
  let t = s;
  let ls = first;
  if (ls === 'L1' || ls === 'L2') {
    t = s + (ls === 'L1' ? rng.int(1, 3) : rng.int(5, 20));
    ls = age >= 10 && !a && rng.chance(0.5) ? 'V2' : 'C1';
    at(t, ls);
  }
  if (ls === 'V2' && !a && rng.chance(0.1)) {
    t += rng.int(30, 200);
    ls = 'C1';
    at(t, ls);
  }
  if (a) {
    at(a.order!, 'E1');
    if (a.reversed !== null) at(a.reversed, 'C2');
    return out;
  }
  if (ls === 'C1') at(t + rng.int(120, 330), 'C2');
  return out;
}

/** The placement timeline of a period: first placement, moves, adoption placement, forced moves on closure. */
function placementTimeline(
  ctx: SimContext,
  rng: Random,
  child: PlacementChild,
  plan: PeriodPlan,
  legal: readonly LegalChange[],
  end: number,
): PlacementChange[] {
  const lsOn = (day: number) => {
    let ls = legal[0]!.ls;
    for (const c of legal) if (c.day <= day) ls = c.ls;
    return ls;
  };
  const out: PlacementChange[] = [];
  const a = plan.adoption;
  const adoptionPlaced = a && a.reversed === null ? a.placed : null;
  let day = plan.start;
  let spec = specFor(ctx, rng, child, choosePlace(rng, child, lsOn(day), day), day);
  out.push({ day, spec });
  for (;;) {
    const age = ageOn(child.dob, day);
    let next = day + rng.days(meanStay(spec.place, age, day === plan.start && rng.chance(0.5)), 21);
    let reason: string | undefined;
    let forced: string | undefined;
    if (spec.closes !== undefined && next >= spec.closes) {
      next = Math.max(day + 1, spec.closes - rng.int(0, 20));
      reason = 'CLOSE';
    }
    if ((spec.place === 'H5' || spec.place === 'P2') && next > H5_P2_UNTIL) {
      next = Math.max(day + 1, H5_P2_UNTIL);
      forced = 'K3';
      reason = 'PLACE';
    }
    if (spec.place === 'K1' || spec.place === 'R2' || spec.place === 'R5' || spec.place === 'R3') {
      next = Math.min(next, day + rng.int(30, 160));
    }
    if (adoptionPlaced !== null && next >= adoptionPlaced) {
      if (day >= adoptionPlaced) break;
      next = adoptionPlaced;
      const withCarers = spec.place === 'U5';
      if (a!.order === null) forced = withCarers ? 'A3' : 'A4';
      else forced = withCarers ? 'A5' : 'A6';
      reason = 'CARPL';
    }
    if (next >= end) break;
    const ls = lsOn(next);
    let place = forced ?? choosePlace(rng, child, ls, next);
    if (place === 'K3' && next < K3_FROM) place = 'K2';
    let nextSpec: PlacementSpec;
    if (place === 'A3' || place === 'A5' || (place === 'K3' && forced === 'K3')) {
      nextSpec =
        place !== 'K3'
          ? { ...specFor(ctx, rng, child, 'A6', next), place, plPost: spec.plPost, carer: spec.carer }
          : { ...specFor(ctx, rng, child, 'K3', next), carer: spec.carer };
    } else if (spec.place === 'U6' && place.startsWith('U') && age < 14 && next - day > 300 && rng.chance(0.3)) {
      nextSpec = { ...spec, place: 'U4' };
      reason = 'PLACE';
    } else {
      // A move must change something about the placement (rule 435): try again, then fall back to foster care.
      nextSpec = specFor(ctx, rng, child, place, next);
      for (let attempt = 0; attempt < 4 && samePlacement(spec, nextSpec); attempt++) {
        nextSpec = specFor(ctx, rng, child, attempt < 3 ? place : 'U6', next);
      }
    }
    if (nextSpec.place === 'R5') reason = 'CUSTOD';
    out.push({ day: next, spec: nextSpec, reason: reason ?? rng.weighted(REASONS) });
    day = next;
    spec = nextSpec;
    if (spec.place.startsWith('A')) break;
  }
  return out;
}

/** True when two placements look the same in the episode fields (type, postcode, URN, provider). */
const samePlacement = (a: PlacementSpec, b: PlacementSpec) =>
  a.place === b.place && a.plPost === b.plPost && a.urn === b.urn && a.provider === b.provider;

/** Inserts short temporary placements (carers' holiday T3, hospital T1, other T4) into long foster placements. */
function addTemporaryPlacements(
  ctx: SimContext,
  rng: Random,
  child: PlacementChild,
  placements: PlacementChange[],
  legal: readonly LegalChange[],
  end: number,
  t3Used: { count: number },
): PlacementChange[] {
  const out: PlacementChange[] = [];
  placements.forEach((p, k) => {
    out.push(p);
    const until = k + 1 < placements.length ? placements[k + 1]!.day : end;
    if (!p.spec.place.startsWith('U') || until - p.day < 60) return;
    const place = rng.weighted([
      ['', 0.85],
      ['T3', t3Used.count < 2 ? 0.06 : 0],
      ['T1', 0.02],
      ['T4', 0.015],
    ]);
    if (place === '') return;
    const length = place === 'T3' ? rng.int(3, 14) : place === 'T1' ? rng.int(1, 10) : rng.int(1, 5);
    const from = p.day + 14;
    const to = until - 14 - length;
    if (to <= from) return;
    const d = rng.int(from, to);
    if (legal.some((c) => c.day >= d - 2 && c.day <= d + length + 2)) return;
    if (place === 'T3') t3Used.count++;
    out.push({ day: d, spec: temporarySpec(ctx, rng, child, place) });
    out.push({ day: d + length, spec: p.spec, returning: true });
  });
  return out;
}

/**
 * A court order often comes with a move: a change from an interim to a full care order (or from section 20 to
 * an interim order) within ten days of a planned move is recorded on the day of the move (RNE B or U).
 * Police protection and emergency orders keep their exact, short length.
 */
function snapLegalChangesToMoves(legal: LegalChange[], moves: readonly PlacementChange[]): void {
  for (let k = 1; k < legal.length; k++) {
    const change = legal[k]!;
    const before = legal[k - 1]!;
    if (before.ls === 'L1' || before.ls === 'L2' || change.ls === 'E1' || before.ls === 'E1') continue;
    const move = moves.find(
      (m) => !m.spec.temporary && !m.returning && Math.abs(m.day - change.day) <= 10 && m.day > before.day,
    );
    const nextLegal = legal[k + 1]?.day ?? Infinity;
    const nearTemporary = (day: number) =>
      moves.some((m) => (m.spec.temporary || m.returning) && Math.abs(m.day - day) <= 20);
    if (move && move.day < nextLegal && !nearTemporary(move.day)) {
      change.day = move.day;
    }
  }
}

/** REC at the end of a period whose reason is settled by the last placement (SGO, at 18). */
function settleExitReason(reason: string, last: PlacementSpec, rng: Random): string {
  const kin = last.place === 'U1' || last.place === 'U2' || last.place === 'U3';
  const foster = last.place.startsWith('U');
  if (reason === 'SGO') {
    if (kin) return rng.chance(0.7) ? 'E45' : 'E47';
    if (foster) return rng.chance(0.6) ? 'E46' : 'E48';
    return rng.chance(0.5) ? 'E47' : 'E48';
  }
  if (reason === 'AT18') {
    return rng.weighted([
      ['E17', foster ? 0.3 : 0],
      ['E5', 0.35],
      ['E6', 0.07],
      ['E8', 0.12],
      ['E13', 0.08],
      ['E4A', 0.08],
      ['E7', 0.02],
    ]);
  }
  return reason;
}

/**
 * The episodes of one period of care (from its start to its exit, or open at the end of the simulation).
 * `t3Used` counts the child's T3 placements (at most two, rule 377).
 */
export function simulatePeriod(
  ctx: SimContext,
  rng: Random,
  child: PlacementChild,
  plan: PeriodPlan,
  t3Used: { count: number },
): SimEpisode[] {
  const end = plan.exit ?? ctx.end + 1;
  const age = ageOn(child.dob, plan.start);
  const legal = legalTimeline(rng, plan, age, end, child.uasc);
  const moves = addTemporaryPlacements(
    ctx,
    rng,
    child,
    placementTimeline(ctx, rng, child, plan, legal, end),
    legal,
    end,
    t3Used,
  );
  snapLegalChangesToMoves(legal, moves);
  const days = [...new Set([...legal.map((c) => c.day), ...moves.map((m) => m.day)])].sort((x, y) => x - y);
  const episodes: SimEpisode[] = [];
  let li = 0;
  let mi = 0;
  let ls = legal[0]!.ls;
  let spec = moves[0]!.spec;
  for (const d of days) {
    let legalChanged = false;
    let moved: PlacementChange | undefined;
    while (li < legal.length && legal[li]!.day === d) {
      legalChanged = legal[li]!.ls !== ls;
      ls = legal[li]!.ls;
      li++;
    }
    while (mi < moves.length && moves[mi]!.day === d) moved = moves[mi++];
    const previous = episodes[episodes.length - 1];
    const placeChanged = moved !== undefined && moved.spec !== spec;
    if (moved) spec = moved.spec;
    if (previous && !legalChanged && !placeChanged) continue;
    let rne = 'S';
    if (previous) {
      const sameCarer = placeChanged && previous.spec.carer === spec.carer;
      if (legalChanged && placeChanged) rne = sameCarer ? 'U' : 'B';
      else if (legalChanged) rne = 'L';
      else rne = sameCarer ? 'T' : 'P';
      previous.end = d;
      previous.rec = 'X1';
      const temporary = previous.spec.temporary === true || spec.temporary === true;
      if (placeChanged && !temporary) {
        previous.rpc = moved!.reason ?? 'OTHER';
        if (previous.rpc === 'CUSTOD' && d < birthday(child.dob, 10)) previous.rpc = 'OTHER';
      }
    }
    episodes.push({ start: d, end: null, rne, ls, cin: plan.cin, spec, rec: '', rpc: '' });
  }
  const last = episodes[episodes.length - 1]!;
  if (plan.exit !== null) {
    last.end = plan.exit;
    last.rec = settleExitReason(plan.exitReason, last.spec, rng);
  }
  return episodes;
}
