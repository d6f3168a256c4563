/**
 * The PLO and court tracker (P4, P5, §8.3, §8.5) and the court evidence reviews.
 *
 * - Neglect drift: pre-proceedings start for neglect CP plans (open 9+ months or repeat plans) just
 *   often enough that the drifting count follows the story: 17 at 31 March 2026, 9 at demo today after
 *   the drift panel (the KF183310 siblings at month 24, KF188402 at month 14).
 * - Proceedings: 25 concluded in 2025/26, 36% within 26 weeks, 38 weeks on average; 2 open beyond 40 weeks.
 * - Pre-proceedings: 21 families at demo today averaging 26 weeks (6 beyond 26 weeks); 40% of those
 *   ended in the last 12 months were stepped down.
 * - Evidence reviews: 24 statements reviewed January–June 2026, 10 good or better (42%).
 */
import type { CourtEvidenceReview, Grade, PloCase } from '@waypoint/measures';
import { addMonthsDay, type CtxPlan, type GenContext } from './context.ts';
import type { Rng } from './random.ts';
import { curve, iso, onOrNextWorkingDay, onOrPreviousWorkingDay } from './timeline.ts';

/** Children on neglect plans drifting (no pre-proceedings) at each month end (story). */
export const NEGLECT_DRIFT_STORY = curve([
  ['2023-04-30', 14],
  ['2024-03-31', 15],
  ['2025-03-31', 16],
  ['2026-03-31', 17],
  ['2026-05-31', 16],
  ['2026-06-30', 12],
  ['2026-07-15', 9],
]);

/** Proceedings concluded by story period: how many, how many within 26 weeks, mean weeks. */
const DISPOSALS = [
  { from: '2023-04-01', to: '2024-03-31', n: 24, within26: 7, meanWeeks: 40 },
  { from: '2024-04-01', to: '2025-03-31', n: 26, within26: 9, meanWeeks: 39 },
  { from: '2025-04-01', to: '2026-03-31', n: 25, within26: 9, meanWeeks: 38 },
  { from: '2026-04-01', to: '2026-07-15', n: 7, within26: 3, meanWeeks: 36 },
];
/** Proceedings issued in 2025/26 (story). */
const ISSUED_2025_26 = 28;
/** Pre-proceedings open at demo today: weeks open of the six beyond 26 weeks; 21 families, 26 weeks on average. */
const OPEN_LONG_WEEKS = [32, 40, 49, 58, 68, 80];
const OPEN_FAMILIES = 21;
const OPEN_MEAN_WEEKS = 26;
/** Share of pre-proceedings ended in the 12 months to demo today that were stepped down. */
const STEPPED_DOWN_SHARE = 0.4;

/** Court evidence reviews by story period: count, good or better, source. */
const REVIEWS: { from: string; to: string; n: number; good: number; source: CourtEvidenceReview['source'] }[] = [
  { from: '2023-04-01', to: '2024-03-31', n: 15, good: 5, source: 'audit' },
  { from: '2024-04-01', to: '2025-03-31', n: 16, good: 6, source: 'audit' },
  { from: '2025-04-01', to: '2025-07-15', n: 5, good: 2, source: 'audit' },
  { from: '2025-07-16', to: '2025-12-31', n: 7, good: 3, source: 'audit' },
  { from: '2026-01-01', to: '2026-06-30', n: 24, good: 10, source: 'legal-gateway' },
  { from: '2026-07-01', to: '2026-07-15', n: 2, good: 1, source: 'legal-gateway' },
];

interface Draft {
  childIds: string[];
  pre?: { start: number; end?: number; outcome?: PloCase['preProceedingsOutcome'] };
  issue?: number;
  disposal?: number;
  escalation?: boolean;
}

/** Generates the PLO tracker and the court evidence reviews. */
export function generateCourt(ctx: GenContext): { ploCases: PloCase[]; courtEvidenceReviews: CourtEvidenceReview[] } {
  const rng = ctx.rng('court');
  const escalations = neglectEscalations(ctx, rng);
  const protectedChildren = new Set(ctx.plans.filter((p) => p.category === 'NEG').map((p) => p.childId));
  const pickChildren = childPicker(ctx, rng, protectedChildren);
  const proceedings = proceedingsDrafts(ctx, rng, pickChildren);
  linkEscalations(ctx, rng, escalations, proceedings);
  const standalone = preProceedingsDrafts(ctx, rng, escalations, proceedings, pickChildren);
  const drafts = [...proceedings, ...standalone].sort((a, b) => startOf(a) - startOf(b));
  const ploCases: PloCase[] = drafts.map((d, i) => {
    const caseId = `PLO${String(i + 1).padStart(4, '0')}`;
    const c: PloCase = { caseId, familyId: `FAM${String(i + 1).padStart(4, '0')}`, childIds: d.childIds };
    if (d.pre) {
      c.preProceedingsStart = iso(d.pre.start);
      if (d.pre.end !== undefined) c.preProceedingsEnd = iso(d.pre.end);
      if (d.pre.outcome) c.preProceedingsOutcome = d.pre.outcome;
    }
    if (d.issue !== undefined) c.issueDate = iso(d.issue);
    if (d.disposal !== undefined) c.disposalDate = iso(d.disposal);
    return c;
  });
  return { ploCases, courtEvidenceReviews: evidenceReviews(ctx, rng, ploCases) };
}

function startOf(d: Draft): number {
  return d.pre?.start ?? d.issue ?? 0;
}

// --- neglect drift ----------------------------------------------------------------------------

/** Escalations (pre-proceedings starts) that make the drifting count follow the story. */
function neglectEscalations(ctx: GenContext, rng: Rng): Draft[] {
  const { tl } = ctx;
  const neglect = ctx.plans.filter((p) => p.category === 'NEG');
  const escalatedOn = new Map<string, number[]>();
  const out: Draft[] = [];
  const escalate = (childIds: string[], day: number) => {
    for (const id of childIds) escalatedOn.set(id, [...(escalatedOn.get(id) ?? []), day]);
    out.push({ childIds, pre: { start: day }, escalation: true });
  };
  // §8.3: the KF183310 siblings at month 24 of their plan, KF188402 at month 14.
  const named = (ids: string[], months: number) => {
    const plan = neglect.find((p) => p.childId === ids[0]);
    if (!plan) return;
    const day = onOrNextWorkingDay(addMonthsDay(plan.start, months));
    if (day <= tl.today)
      escalate(
        ids.filter((id) => neglect.some((p) => p.childId === id)),
        day,
      );
  };
  named(['KF183310', 'KF183311', 'KF183312'], 24);
  named(['KF188402'], 14);
  // The named children drift until their story's escalation: the panel never takes them earlier.
  const reserved = new Set(['KF183310', 'KF183311', 'KF183312', 'KF188402']);
  const drifting = (day: number) =>
    neglect.filter(
      (p) =>
        p.start <= day &&
        p.end > day &&
        (p.start <= addMonthsDay(day, -9) || p.previousPlans >= 1) &&
        !(escalatedOn.get(p.childId) ?? []).some((d) => d >= p.start && d <= day),
    );
  const checkpoints = tl.completeMonths().map((m) => m.end);
  if (checkpoints[checkpoints.length - 1] !== tl.today) checkpoints.push(tl.today);
  let prev = tl.start - 1;
  for (const day of checkpoints) {
    const target = Math.round(NEGLECT_DRIFT_STORY(tl.storyDay(day)));
    const now = uniquePlans(drifting(day)).sort((a, b) => a.start - b.start);
    const extra = now.length - target;
    // The drift panel takes the longest-running plans first.
    for (const plan of now.filter((p) => !reserved.has(p.childId)).slice(0, Math.max(0, extra))) {
      const earliest = Math.max(
        plan.start + 1,
        prev === tl.start - 1 ? Math.max(plan.start + 90, day - 400) : prev + 1,
      );
      const when = onOrPreviousWorkingDay(rng.int(Math.min(earliest, day), day));
      escalate([plan.childId], Math.max(plan.start + 1, Math.min(when, day)));
    }
    prev = day;
  }
  return out;
}

function uniquePlans(plans: CtxPlan[]): CtxPlan[] {
  const byChild = new Map<string, CtxPlan>();
  for (const p of plans) if (!byChild.has(p.childId)) byChild.set(p.childId, p);
  return [...byChild.values()];
}

// --- proceedings ------------------------------------------------------------------------------

type ChildPicker = (day: number) => string[];

/** Children for a case starting on a day: a child entering care then, else a child on a non-neglect plan. */
function childPicker(ctx: GenContext, rng: Rng, protectedChildren: Set<string>): ChildPicker {
  const used = new Set<string>();
  let synthetic = 0;
  return (day) => {
    const entering = ctx.children.filter(
      (c) =>
        !used.has(c.id) &&
        !protectedChildren.has(c.id) &&
        c.periods.some((p) => p.start >= day - 14 && p.start <= day + 45),
    );
    const onPlan = ctx.plans.filter(
      (p) => !used.has(p.childId) && !protectedChildren.has(p.childId) && p.start <= day && p.end > day,
    );
    const pool = entering.length ? entering.map((c) => c.id) : onPlan.map((p) => p.childId);
    if (pool.length === 0) {
      synthetic++;
      return [`KF${String(240_000 + synthetic)}`];
    }
    const first = rng.pick(pool);
    used.add(first);
    const ids = [first];
    // Some families have a sibling in the same proceedings.
    if (rng.chance(0.3)) {
      const sibling = pool.find((id) => !used.has(id));
      if (sibling) {
        used.add(sibling);
        ids.push(sibling);
      }
    }
    return ids;
  };
}

/** Durations (days) for `n` proceedings: `short` within 26 weeks, the mean `meanWeeks`. */
function durations(rng: Rng, n: number, short: number, meanWeeks: number): number[] {
  const shortDays = Array.from({ length: short }, () => rng.int(17 * 7, 26 * 7));
  const longCount = n - short;
  const total = Math.round(meanWeeks * 7 * n) - shortDays.reduce((s, v) => s + v, 0);
  let longDays = Array.from({ length: longCount }, () => rng.int(27 * 7, 70 * 7));
  // Shift the long durations so the mean is exact, staying above 26 weeks.
  for (let pass = 0; pass < 20 && longCount > 0; pass++) {
    const diff = total - longDays.reduce((s, v) => s + v, 0);
    if (diff === 0) break;
    const step = Math.trunc(diff / longCount) || Math.sign(diff);
    longDays = longDays.map((d) => Math.max(26 * 7 + 1, d + step));
  }
  const diff = total - longDays.reduce((s, v) => s + v, 0);
  if (longCount > 0) longDays[0] = Math.max(26 * 7 + 1, longDays[0]! + diff);
  return rng.shuffle([...shortDays, ...longDays]);
}

function proceedingsDrafts(ctx: GenContext, rng: Rng, pick: ChildPicker): Draft[] {
  const { tl } = ctx;
  const out: Draft[] = [];
  for (const period of DISPOSALS) {
    const a = tl.at(period.from);
    const b = Math.min(tl.at(period.to), tl.today);
    if (a > b) continue;
    const scale = Math.min(1, (b - a + 1) / (tl.at(period.to) - a + 1));
    const n = Math.round(period.n * scale);
    for (const days of durations(rng, n, Math.round(period.within26 * scale), period.meanWeeks)) {
      const disposal = onOrPreviousWorkingDay(rng.int(a, b));
      const issue = disposal - days;
      out.push({ childIds: pick(issue), issue, disposal });
    }
  }
  // Open proceedings: enough issued in 2025/26 to make its story count, two beyond 40 weeks, and the rest of 2026/27.
  const y26 = { a: tl.at('2025-04-01'), b: tl.at('2026-03-31') };
  const issued26 = out.filter((d) => d.issue! >= y26.a && d.issue! <= y26.b).length;
  const openWeeks: number[] = [rng.int(41, 44), rng.int(45, 48)];
  for (let i = 2; i < Math.max(2, ISSUED_2025_26 - issued26); i++) openWeeks.push(rng.int(16, 39));
  const recent = Math.round((ISSUED_2025_26 * Math.max(0, tl.today - y26.b)) / 365);
  for (let i = 0; i < recent; i++) openWeeks.push(rng.int(0, Math.max(0, Math.floor((tl.today - y26.b) / 7) - 1)));
  for (const weeks of openWeeks) {
    const issue = onOrPreviousWorkingDay(tl.today - weeks * 7 - rng.int(0, 4));
    out.push({ childIds: pick(issue), issue });
  }
  // Most proceedings follow pre-proceedings.
  for (const d of out) {
    if (!rng.chance(0.65)) continue;
    const start = onOrPreviousWorkingDay(d.issue! - rng.int(6, 24) * 7);
    d.pre = { start, end: d.issue!, outcome: 'issued' };
  }
  return out;
}

/** Some escalated neglect cases go on to proceedings: they take over a proceedings case issued 6–26 weeks later. */
function linkEscalations(ctx: GenContext, rng: Rng, escalations: Draft[], proceedings: Draft[]): void {
  const taken = new Set<Draft>();
  for (const e of escalations) {
    if (!rng.chance(0.6)) continue;
    const start = e.pre!.start;
    const match = proceedings.find(
      (p) => !taken.has(p) && p.issue! >= start + 42 && p.issue! <= start + 182 && p.issue! <= ctx.tl.today,
    );
    if (!match) continue;
    taken.add(match);
    match.childIds = e.childIds;
    match.pre = { start, end: match.issue!, outcome: 'issued' };
    e.childIds = [];
  }
}

// --- pre-proceedings --------------------------------------------------------------------------

function preProceedingsDrafts(
  ctx: GenContext,
  rng: Rng,
  escalations: Draft[],
  proceedings: Draft[],
  pick: ChildPicker,
): Draft[] {
  const { tl } = ctx;
  const today = tl.today;
  const alone = escalations.filter((e) => e.childIds.length > 0);
  // Open at today: escalations of the drift panel's last three months (at most seven families), six
  // long-running families, and the rest to make the mean.
  const recent = alone.filter((e) => e.pre!.start > today - 13 * 7).sort((a, b) => b.pre!.start - a.pre!.start);
  const openRecent = recent.slice(0, 7);
  const openDrafts: Draft[] = [...openRecent];
  const longDrafts = OPEN_LONG_WEEKS.map((w): Draft => {
    const start = onOrPreviousWorkingDay(today - w * 7 - rng.int(1, 5));
    return { childIds: pick(start), pre: { start } };
  });
  openDrafts.push(...longDrafts);
  const shortSlots = OPEN_FAMILIES - openDrafts.length;
  const weeksSoFar = openDrafts.reduce((s, d) => s + (today - d.pre!.start) / 7, 0);
  const meanShort = shortSlots > 0 ? (OPEN_MEAN_WEEKS * OPEN_FAMILIES - weeksSoFar) / shortSlots : 0;
  for (let i = 0; i < shortSlots; i++) {
    const weeks = Math.max(1, Math.min(25.5, meanShort + rng.float(-4, 4)));
    const start = today - Math.round(weeks * 7);
    openDrafts.push({ childIds: pick(start), pre: { start } });
  }
  // Everything else that started pre-proceedings has ended: stepped down, or another outcome.
  const closed = alone.filter((e) => !openRecent.includes(e));
  const lastMonthEnd = tl.completeMonths().at(-1)?.end ?? today - 1;
  for (const e of closed) {
    const start = e.pre!.start;
    let end = start + rng.int(6, 24) * 7;
    // Not yet due to end by today: ended at some point since it began (never all on the same day), by the
    // last month end when there is time, so that month end already shows the families open at today.
    if (end >= today) {
      const latest = start + 14 <= lastMonthEnd ? lastMonthEnd : today - 1;
      end = rng.int(Math.min(start + 14, latest), latest);
    }
    e.pre!.end = Math.max(start + 1, onOrPreviousWorkingDay(end));
    e.pre!.outcome = rng.chance(0.78) ? 'stepped-down' : 'other';
  }
  // Families stepped down without proceedings, about as many as went to court, so 40% of endings are step-downs.
  const extra: Draft[] = [];
  const issuedWithPre = proceedings.filter((p) => p.pre?.outcome === 'issued' && p.issue! <= today).length;
  const needed = Math.round(issuedWithPre * 1.1) - closed.length;
  for (let i = 0; i < needed; i++) {
    const end = onOrPreviousWorkingDay(rng.int(tl.start, today - 1));
    const start = onOrPreviousWorkingDay(end - rng.int(8, 30) * 7);
    extra.push({ childIds: pick(start), pre: { start, end, outcome: rng.chance(0.76) ? 'stepped-down' : 'other' } });
  }
  // Of the pre-proceedings that ended in the last 12 months, exactly 40% were stepped down.
  const yearAgo = addMonthsDay(today, -12);
  const endedRecently = (d: Draft) => d.pre?.end !== undefined && d.pre.end > yearAgo && d.pre.end <= today;
  const issued12 = proceedings.filter((p) => endedRecently(p) && p.pre!.outcome === 'issued').length;
  const standalone12 = rng.shuffle([...closed, ...extra].filter(endedRecently));
  const stepped = Math.round(STEPPED_DOWN_SHARE * (issued12 + standalone12.length));
  standalone12.forEach((d, i) => {
    d.pre!.outcome = i < stepped ? 'stepped-down' : 'other';
  });
  return [...openDrafts, ...closed, ...extra];
}

// --- evidence reviews -------------------------------------------------------------------------

function evidenceReviews(ctx: GenContext, rng: Rng, cases: PloCase[]): CourtEvidenceReview[] {
  const { tl } = ctx;
  const out: CourtEvidenceReview[] = [];
  for (const period of REVIEWS) {
    const a = tl.at(period.from);
    const b = Math.min(tl.at(period.to), tl.today);
    if (a > b) continue;
    const grades = rng.shuffle(
      Array.from(
        { length: period.n },
        (_, i): Grade =>
          i < period.good
            ? rng.chance(0.2)
              ? 'outstanding'
              : 'good'
            : rng.chance(0.75)
              ? 'requires-improvement'
              : 'inadequate',
      ),
    );
    const judicialIndex =
      period.from === '2026-01-01' ? grades.findIndex((g) => g !== 'good' && g !== 'outstanding') : -1;
    grades.forEach((grade, i) => {
      const date = onOrNextWorkingDay(rng.int(a, Math.max(a, b - 2)));
      const live = cases.filter(
        (c) => c.issueDate && c.issueDate <= iso(date) && (!c.disposalDate || c.disposalDate >= iso(date)),
      );
      const judicial = i === judicialIndex;
      out.push({
        reviewId: '',
        ...(live.length ? { caseId: rng.pick(live).caseId } : {}),
        date: iso(Math.min(date, tl.today)),
        grade,
        source: judicial ? 'judicial' : period.source,
      });
    });
  }
  out.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  out.forEach((r, i) => {
    r.reviewId = `CER${String(i + 1).padStart(4, '0')}`;
  });
  return out;
}
