/**
 * Statutory visits (P4 and children in care): CP visits every 10 working days with 82% of children on
 * a plan visited within the standard each month, CLA visits at the regulation 28 frequency with 89% on
 * time, and CIN visits. Children who are not visited on time are a persistent group (the same children
 * month after month), so the monthly, quarterly and 12-month views of the measures agree.
 */
import type { Visit } from '@waypoint/measures';
import { ageOnDay, type CtxChild, type GenContext, lookedAfterOn, OPEN_DAY } from './context.ts';
import type { Rng } from './random.ts';
import { addWorkingDays, curve, iso, isWorkingDay, type MonthWindow, onOrNextWorkingDay } from './timeline.ts';

/** Share of children on a CP plan whose visits met the 10-working-day standard in the month. */
export const CP_VISITS_STORY = curve([
  ['2023-04-30', 0.84],
  ['2024-04-30', 0.83],
  ['2025-04-30', 0.82],
  ['2026-07-15', 0.82],
]);
/** Share of children looked after whose regulation 28 visits were on time in the month. */
export const CLA_VISITS_STORY = curve([
  ['2023-04-30', 0.9],
  ['2026-07-15', 0.89],
]);

/** Generates CP, CLA and CIN visits. */
export function generateVisits(ctx: GenContext): Visit[] {
  const visits = [...cpVisits(ctx), ...claVisits(ctx), ...cinVisits(ctx)];
  return visits.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.childId < b.childId ? -1 : 1));
}

/**
 * Chooses, month by month, which cohort members are "poorly visited": the same children as last month
 * where possible, topped up (from those who joined the cohort most recently) or trimmed to the exact share.
 */
function poorMonths(
  months: MonthWindow[],
  cohortOf: (m: MonthWindow) => { id: string; since: number }[],
  share: (m: MonthWindow) => number,
  rng: Rng,
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  let previous = new Set<string>();
  for (const m of months) {
    const cohort = cohortOf(m);
    const ids = new Set(cohort.map((c) => c.id));
    const k = Math.round(share(m) * cohort.length);
    let poor = [...previous].filter((id) => ids.has(id));
    if (poor.length > k) poor = rng.sample(poor, k);
    else if (poor.length < k) {
      const taken = new Set(poor);
      const candidates = cohort.filter((c) => !taken.has(c.id)).sort((a, b) => b.since - a.since);
      const newest = candidates.slice(0, Math.max(k - poor.length, Math.ceil(candidates.length / 3)));
      poor.push(...rng.sample(newest, k - poor.length).map((c) => c.id));
    }
    previous = new Set(poor);
    for (const id of poor) {
      const set = out.get(id) ?? new Set<string>();
      set.add(m.key);
      out.set(id, set);
    }
  }
  return out;
}

function monthIndex(months: MonthWindow[], day: number): number {
  let lo = 0;
  let hi = months.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (months[mid]!.start <= day) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function cpVisits(ctx: GenContext): Visit[] {
  const rng = ctx.rng('visits:cp');
  const { tl } = ctx;
  const months = tl.months(tl.start - 62);
  // Each child's CP spans (overlapping or back-to-back plans merged).
  const spans = new Map<string, { start: number; end: number }[]>();
  for (const p of ctx.plans) {
    if (p.end <= tl.start - 40 || p.start > tl.today) continue;
    const list = spans.get(p.childId) ?? [];
    const last = list[list.length - 1];
    if (last && p.start <= last.end) last.end = Math.max(last.end, p.end);
    else list.push({ start: p.start, end: p.end });
    spans.set(p.childId, list);
  }
  const poor = poorMonths(
    months.filter((m) => m.start >= tl.start),
    (m) => {
      const out: { id: string; since: number }[] = [];
      for (const [id, list] of spans) {
        const s = list.find((x) => x.start <= m.start && x.end > m.end);
        if (s) out.push({ id, since: s.start });
      }
      return out;
    },
    (m) => 1 - CP_VISITS_STORY(tl.storyDay(m.end)),
    rng,
  );
  const out: Visit[] = [];
  for (const [childId, list] of spans) {
    const poorKeys = poor.get(childId) ?? new Set<string>();
    const isPoor = (i: number) => poorKeys.has(months[i]!.key);
    for (const span of list) {
      const stop = Math.min(span.end, tl.today + 1);
      let v = addWorkingDays(Math.max(span.start, tl.start - 45), rng.int(2, 6));
      const longDone = new Set<number>();
      while (v < stop) {
        out.push(cpVisit(childId, v, rng));
        if (rng.chance(0.04)) {
          const attempt = addWorkingDays(v, rng.int(1, 3));
          if (attempt < stop) out.push({ childId, date: iso(attempt), type: 'CP', seen: false });
        }
        const mi = monthIndex(months, v);
        const month = months[mi]!;
        if (isPoor(mi) && !longDone.has(mi)) {
          const next = addWorkingDays(v, rng.int(11, 12));
          if (next <= month.end) {
            longDone.add(mi);
            v = next;
            continue;
          }
        }
        let next = addWorkingDays(v, rng.int(5, 9));
        const ni = monthIndex(months, next);
        if (ni !== mi && isPoor(ni) && !longDone.has(ni)) {
          // Reach a poorly visited month early, so its one long gap fits inside it.
          const firstDay = onOrNextWorkingDay(months[ni]!.start);
          if (firstDay > v) next = firstDay;
        }
        v = next;
      }
    }
  }
  return out;
}

function cpVisit(childId: string, day: number, rng: Rng): Visit {
  return { childId, date: iso(day), type: 'CP', seen: true, seenAlone: rng.chance(0.68), bedroomSeen: rng.chance(0.8) };
}

const LONG_TERM = new Set(['U1', 'U4']);

function claVisits(ctx: GenContext): Visit[] {
  const rng = ctx.rng('visits:cla');
  const { tl } = ctx;
  const months = tl.months(tl.start - 92);
  const children = ctx.children.filter((c) => !c.shortBreaksOnly);
  const poor = poorMonths(
    months.filter((m) => m.start >= tl.start),
    (m) =>
      children
        .filter((c) => lookedAfterOn(c, m.end))
        .map((c) => ({ id: c.id, since: c.periods.find((p) => p.start <= m.end && p.end > m.end)!.start })),
    // Not every month of a poorly visited child breaks the 6-week rule, so the group is a little larger.
    (m) => (1 - CLA_VISITS_STORY(tl.storyDay(m.end))) * 1.12,
    rng,
  );
  const out: Visit[] = [];
  for (const child of children) {
    const poorKeys = poor.get(child.id) ?? new Set<string>();
    const isPoor = (day: number) => poorKeys.has(months[monthIndex(months, day)]!.key);
    for (const period of child.periods) {
      const stop = Math.min(period.end, tl.today + 1);
      if (stop <= tl.start - 92) continue;
      const from = Math.max(period.start, tl.start - 92);
      const starts = child.placements.filter((p) => p.start > from && p.start < stop).map((p) => p.start);
      let v = from + (isPoor(from) ? rng.int(9, 14) : rng.int(1, 6));
      while (v < stop) {
        out.push(claVisit(child, v, rng));
        const gap = isPoor(v) ? (longTermAt(child, v) ? rng.int(112, 125) : rng.int(66, 80)) : rng.int(21, 38);
        let next = Math.max(v + 1, onOrNextWorkingDay(v + gap));
        const placementStart = starts.find((s) => s > v && s <= next);
        if (placementStart !== undefined)
          next = placementStart + (isPoor(placementStart) ? rng.int(9, 14) : rng.int(1, 6));
        v = next;
      }
    }
  }
  return out;
}

function longTermAt(child: CtxChild, day: number): boolean {
  const p = child.placements.find((x) => x.start <= day && day < x.end);
  return p !== undefined && LONG_TERM.has(p.place) && day - p.start >= 366;
}

function claVisit(child: CtxChild, day: number, rng: Rng): Visit {
  const age = ageOnDay(child.dob, day);
  return {
    childId: child.id,
    date: iso(day),
    type: 'CLA',
    seen: rng.chance(0.97),
    ...(age >= 5 ? { seenAlone: rng.chance(0.72) } : {}),
  };
}

function cinVisits(ctx: GenContext): Visit[] {
  const rng = ctx.rng('visits:cin');
  const { tl } = ctx;
  const out: Visit[] = [];
  for (const e of ctx.cin) {
    if (e.nfa) continue;
    const authorised = e.assessments.map((a) => a.authorised ?? OPEN_DAY).reduce((a, b) => Math.min(a, b), OPEN_DAY);
    if (authorised === OPEN_DAY || e.closure < authorised + 30) continue;
    const stop = Math.min(e.closure, tl.today + 1);
    let v = Math.max(authorised + rng.int(5, 15), tl.start);
    while (v < stop) {
      const day = isWorkingDay(v) ? v : onOrNextWorkingDay(v);
      if (day < stop) out.push({ childId: e.childId, date: iso(day), type: 'CIN', seen: rng.chance(0.92) });
      v = day + rng.int(18, 40);
    }
  }
  return out;
}
