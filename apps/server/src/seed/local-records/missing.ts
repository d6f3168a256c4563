/**
 * The missing episode log with return home interviews (P7, §8.2). It drives:
 * - repeat-missing (children with 3+ episodes in 90 days): 19 in 2023 falling to 14 at 31 March 2026 and
 *   12 after the daily triage began in June 2026 — built checkpoint by checkpoint from "bursts" of
 *   episodes whose 90-day reach is chosen so each month end gets its story count;
 * - cla-missing and missing-incidents-per-child: an exact number of looked-after children go missing
 *   each year (8.8% in 2025/26) with an exact number of missing incidents (6.9 per child);
 * - rhi-offered and rhi-72h: exact shares of each month's returns (78% → 86% offered; 49% → 55% in 72 hours).
 * Looked-after episodes are the ones the 903 Missing table should hold (see `ssda903MissingFromLog`).
 */
import type { ClaMissingPeriod, LocalMissingEpisode } from '@waypoint/measures';
import { ageOnDay, type CtxChild, civilFromDays, daysFromCivil, type GenContext, lookedAfterOn } from './context.ts';
import type { Rng } from './random.ts';
import { curve, dateTimeOfMinutes, type MonthWindow } from './timeline.ts';

/** Children with 3+ episodes in the 90 days to each month end (story). */
export const REPEAT_MISSING_STORY = curve([
  ['2023-04-30', 19],
  ['2024-03-31', 18],
  ['2025-03-31', 16],
  ['2025-09-30', 15],
  ['2026-03-31', 14],
  ['2026-05-31', 14],
  ['2026-06-30', 12],
  ['2026-07-15', 12],
]);
/** Share of looked-after children who go missing in each story reporting year, and incidents per missing child. */
const CLA_MISSING_BY_YEAR: Record<number, { share: number; perChild: number }> = {
  2024: { share: 0.095, perChild: 7.2 },
  2025: { share: 0.092, perChild: 7.0 },
  2026: { share: 0.088, perChild: 6.9 },
  2027: { share: 0.085, perChild: 6.8 },
};
/** Share of ended episodes with a return home interview offered. */
export const RHI_OFFERED_STORY = curve([
  ['2023-04-30', 0.74],
  ['2024-04-30', 0.76],
  ['2025-04-30', 0.78],
  ['2026-03-31', 0.78],
  ['2026-04-01', 0.86],
  ['2026-07-15', 0.87],
]);
/** Share of ended episodes with the return home interview completed within 72 hours. */
export const RHI_72H_STORY = curve([
  ['2023-04-30', 0.47],
  ['2025-10-31', 0.48],
  ['2025-11-30', 0.51],
  ['2025-12-31', 0.52],
  ['2026-01-31', 0.53],
  ['2026-03-31', 0.54],
  ['2026-04-01', 0.55],
  ['2026-07-15', 0.56],
]);

const WINDOW = 90;
/** Children whose episodes the story fixes (§8.2): never given extra episodes. */
const NAMED = new Set(['KF198720', 'KF201344', 'KF207781', 'KF190655']);

/** A missing or away episode being built (times in epoch minutes). */
interface Ep {
  childId: string;
  type: 'M' | 'A';
  start: number;
  end?: number;
  lookedAfter: boolean;
  rhi?: { offered: boolean; accepted: boolean; completedWithin72h?: boolean; completed?: boolean };
}

interface Checkpoint {
  day: number;
  target: number;
  count: number;
}

/** Generates the local missing episode log. */
export function generateMissingEpisodes(ctx: GenContext): LocalMissingEpisode[] {
  const rng = ctx.rng('missing');
  const log = new MissingLog(ctx, rng);
  log.addNamedStories();
  log.fillRepeatMissing();
  log.balanceLookedAfterYears();
  log.assignReturnHomeInterviews();
  return log.toRecords();
}

/** Looked-after episodes of the log as 903 Missing rows (so the 903 seed and the log agree). */
export function ssda903MissingFromLog(episodes: readonly LocalMissingEpisode[]): ClaMissingPeriod[] {
  return episodes
    .filter((e) => e.lookedAfter)
    .map((e) => ({
      childId: e.childId,
      type: e.type,
      start: e.start.slice(0, 10),
      ...(e.end ? { end: e.end.slice(0, 10) } : {}),
    }));
}

class MissingLog {
  private readonly episodes: Ep[] = [];
  private readonly byChild = new Map<string, Ep[]>();
  private readonly checkpoints: Checkpoint[];
  private readonly eligibleCla: CtxChild[];
  private readonly notLookedAfter: string[];

  constructor(
    private readonly ctx: GenContext,
    private readonly rng: Rng,
  ) {
    const { tl } = ctx;
    const ends = tl.completeMonths().map((m) => m.end);
    if (ends[ends.length - 1] !== tl.today) ends.push(tl.today);
    this.checkpoints = ends.map((day) => {
      const story = tl.storyDay(day);
      const noise = story < tl.storyDay(tl.at('2026-01-01')) ? rng.int(-1, 1) : 0;
      return { day, target: Math.max(0, Math.round(REPEAT_MISSING_STORY(story)) + noise), count: 0 };
    });
    this.eligibleCla = ctx.children.filter((c) => !c.shortBreaksOnly);
    const cla = new Set(this.eligibleCla.map((c) => c.id));
    this.notLookedAfter = [...new Set(ctx.cin.filter((e) => !e.nfa && !cla.has(e.childId)).map((e) => e.childId))];
  }

  // --- named children (§8.2) ------------------------------------------------------------------

  addNamedStories(): void {
    const at = (date: string, hour: number) => this.ctx.tl.at(date) * 1440 + hour * 60;
    const kf198720 = [
      '2024-10-11',
      '2024-10-25',
      '2024-11-08',
      '2025-08-01',
      '2025-08-15',
      '2025-08-29',
      '2025-11-07',
      '2025-11-21',
      '2025-12-02',
      '2026-02-06',
      '2026-02-20',
      '2026-03-06',
      '2026-03-20',
      '2026-05-22',
      '2026-06-05',
      '2026-06-19',
      '2026-07-03',
    ];
    // 14 in the 12 months to demo today: 12 RHIs offered, 7 completed, 4 within 72 hours.
    const rhi: Ep['rhi'][] = [
      { offered: true, accepted: true, completed: true, completedWithin72h: true },
      { offered: true, accepted: true, completed: true },
      { offered: true, accepted: false },
      { offered: false, accepted: false },
      { offered: true, accepted: true, completed: true, completedWithin72h: true },
      { offered: true, accepted: false },
      { offered: true, accepted: true, completed: true },
      { offered: true, accepted: false },
      { offered: true, accepted: true, completed: true },
      { offered: false, accepted: false },
      { offered: true, accepted: false },
      { offered: true, accepted: true, completed: true, completedWithin72h: true },
      { offered: true, accepted: false },
      { offered: true, accepted: true, completed: true, completedWithin72h: true },
    ];
    kf198720.forEach((date, i) => {
      const start = at(date, 20);
      const recent = i >= 3 ? rhi[i - 3] : undefined;
      this.add({
        childId: 'KF198720',
        type: 'M',
        start,
        end: start + this.rng.int(14, 40) * 60,
        lookedAfter: this.claOn('KF198720', start, true),
        ...(recent ? { rhi: recent } : {}),
      });
    });
    // Nine "away" episodes on Fridays in the 90 days to demo today (county-lines concerns).
    for (const date of [
      '2026-04-24',
      '2026-05-01',
      '2026-05-15',
      '2026-05-22',
      '2026-05-29',
      '2026-06-12',
      '2026-06-19',
      '2026-07-03',
      '2026-07-10',
    ]) {
      const start = at(date, 18) + this.rng.int(0, 90);
      this.add({
        childId: 'KF201344',
        type: 'A',
        start,
        end: start + this.rng.int(3, 7) * 60,
        lookedAfter: this.claOn('KF201344', start, true),
      });
    }
    // A child in need (not looked after): five missing-from-home episodes only the local log holds.
    for (const date of ['2025-09-12', '2025-10-03', '2025-10-24', '2026-01-16', '2026-02-27']) {
      const start = at(date, 21);
      this.add({ childId: 'KF207781', type: 'M', start, end: start + this.rng.int(6, 20) * 60, lookedAfter: false });
    }
    // Four episodes, one open over 31 March 2025 (29 March to 2 April).
    for (const [date, hours] of [
      ['2025-01-10', 16],
      ['2025-02-14', 22],
      ['2025-03-29', 90],
      ['2025-06-20', 12],
    ] as const) {
      const start = at(date, 19);
      this.add({
        childId: 'KF190655',
        type: 'M',
        start,
        end: start + hours * 60,
        lookedAfter: this.claOn('KF190655', start, true),
      });
    }
    for (const cp of this.checkpoints) cp.count = 0;
    for (const id of this.byChild.keys()) for (const i of this.coverage(id)) this.checkpoints[i]!.count++;
  }

  private claOn(childId: string, startMinutes: number, storyDefault: boolean): boolean {
    const child = this.ctx.childById.get(childId);
    return child ? lookedAfterOn(child, Math.floor(startMinutes / 1440)) : storyDefault;
  }

  private add(ep: Ep): void {
    if (Math.floor(ep.start / 1440) > this.ctx.tl.today || Math.floor(ep.start / 1440) < this.ctx.tl.start) return;
    this.episodes.push(ep);
    const list = this.byChild.get(ep.childId) ?? [];
    list.push(ep);
    list.sort((a, b) => a.start - b.start);
    this.byChild.set(ep.childId, list);
  }

  /** Checkpoint indexes at which a child (with extra episode days) has 3+ episodes in the 90 days. */
  private coverage(childId: string, extraDays: number[] = []): number[] {
    const days = [...(this.byChild.get(childId) ?? []).map((e) => Math.floor(e.start / 1440)), ...extraDays].sort(
      (a, b) => a - b,
    );
    if (days.length < 3) return [];
    const out: number[] = [];
    this.checkpoints.forEach((cp, i) => {
      let n = 0;
      for (const d of days) if (d <= cp.day && d > cp.day - WINDOW) n++;
      if (n >= 3) out.push(i);
    });
    return out;
  }

  // --- repeat missing -----------------------------------------------------------------------

  fillRepeatMissing(): void {
    const { tl } = this.ctx;
    this.checkpoints.forEach((cp, i) => {
      const prev = i === 0 ? tl.start - 1 : this.checkpoints[i - 1]!.day;
      for (let guard = 0; cp.count < cp.target && guard < 40; guard++) {
        if (!this.addBurst(i, prev)) break;
      }
    });
  }

  private addBurst(i: number, prev: number): boolean {
    const cp = this.checkpoints[i]!;
    for (let attempt = 0; attempt < 40; attempt++) {
      const lastDay = this.rng.int(prev + 1, cp.day);
      const n = this.rng.weighted([3, 4, 5], [60, 30, 10]);
      const reach = Math.min(this.rng.weighted([0, 1, 2], [20, 40, 40]), this.checkpoints.length - 1 - i);
      const until = this.checkpoints[i + reach]!.day;
      const after = this.checkpoints[i + reach + 1]?.day ?? until + 31;
      // The first episode keeps the child counted up to `until` and no later: first ∈ [until − 89, after − 90].
      const lo = Math.max(until - WINDOW + 1, this.ctx.tl.start, lastDay - 75);
      const hi = Math.min(after - WINDOW, lastDay - 2 * (n - 1));
      if (lo > hi) continue;
      const first = this.rng.int(lo, hi);
      const middle = Array.from({ length: n - 2 }, () => this.rng.int(first + 1, lastDay - 1)).sort((a, b) => a - b);
      const days = [first, ...middle, lastDay];
      const child = this.pickChild(first, lastDay);
      if (!child) continue;
      const before = new Set(this.coverage(child.id));
      const after2 = this.coverage(child.id, days).filter((k) => !before.has(k));
      if (!after2.includes(i) || after2.some((k) => k < i)) continue;
      if (attempt < 30 && after2.some((k) => k > i && this.checkpoints[k]!.count + 1 > this.checkpoints[k]!.target))
        continue;
      for (const day of days) {
        const start = day * 1440 + this.startMinute('M');
        this.add({
          childId: child.id,
          type: 'M',
          start,
          end: start + this.duration('M'),
          lookedAfter: child.lookedAfter,
        });
      }
      for (const k of after2) this.checkpoints[k]!.count++;
      return true;
    }
    return false;
  }

  /** A child with no episodes near the burst: mostly looked-after teenagers, sometimes a child in need at home. */
  private pickChild(from: number, to: number): { id: string; lookedAfter: boolean } | undefined {
    const quiet = (id: string) =>
      (this.byChild.get(id) ?? []).every((e) => {
        const d = Math.floor(e.start / 1440);
        return d < from - 120 || d > to + 120;
      });
    if (this.rng.chance(0.78)) {
      // A child of the missing set of both years the burst touches, so no year gains an extra missing child.
      const toSet = new Set(this.missingSet(to).map((c) => c.id));
      const year = this.missingSet(from).filter((c) => toSet.has(c.id) && !NAMED.has(c.id));
      const candidates = year.filter((c) => lookedAfterOn(c, from) && lookedAfterOn(c, to) && quiet(c.id));
      if (candidates.length) return { id: this.rng.pick(candidates).id, lookedAfter: true };
    }
    for (let k = 0; k < 10 && this.notLookedAfter.length; k++) {
      const id = this.rng.pick(this.notLookedAfter);
      if (quiet(id) && !NAMED.has(id)) return { id, lookedAfter: false };
    }
    return undefined;
  }

  private readonly missingSets = new Map<number, CtxChild[]>();

  /** The looked-after children chosen to go missing in the story reporting year of a day. */
  private missingSet(day: number): CtxChild[] {
    const year = this.storyYear(day);
    let set = this.missingSets.get(year);
    if (!set) {
      const { from, to } = this.yearBounds(year);
      const during = this.eligibleCla.filter((c) => c.periods.some((p) => p.start <= to && p.end > from));
      const teen = during.filter((c) => ageOnDay(c.dob, Math.max(from, c.periods[0]!.start)) >= 10);
      const named = teen.filter((c) =>
        (this.byChild.get(c.id) ?? []).some(
          (e) => this.storyYear(Math.floor(e.start / 1440)) === year && e.lookedAfter,
        ),
      );
      const k = Math.round(
        (CLA_MISSING_BY_YEAR[year] ?? CLA_MISSING_BY_YEAR[2027]!).share * during.length * this.yearFraction(year),
      );
      const others = this.rng.sample(
        teen.filter((c) => !named.includes(c)),
        Math.max(0, k - named.length),
      );
      set = [...named, ...others];
      this.missingSets.set(year, set);
    }
    return set;
  }

  private storyYear(day: number): number {
    const [y, m] = civilFromDays(this.ctx.tl.storyDay(day));
    return m >= 4 ? y + 1 : y;
  }

  private yearBounds(year: number): { from: number; to: number } {
    const off = this.ctx.tl.offset;
    return {
      from: daysFromCivil(year - 1, 4, 1) + off,
      to: daysFromCivil(year, 3, 31) + off,
    };
  }

  private yearFraction(year: number): number {
    const { from, to } = this.yearBounds(year);
    const a = Math.max(from, this.ctx.tl.start);
    const b = Math.min(to, this.ctx.tl.today);
    return Math.max(0, Math.min(1, (b - a + 1) / (to - from + 1)));
  }

  private startMinute(type: 'M' | 'A'): number {
    if (type === 'A') return this.rng.int(15 * 60, 22 * 60);
    return this.rng.chance(0.7) ? this.rng.int(16 * 60, 23 * 60 + 59) : this.rng.int(0, 1439);
  }

  private duration(type: 'M' | 'A'): number {
    if (type === 'A') return this.rng.int(2 * 60, 9 * 60);
    const hours = Math.exp(this.rng.float(Math.log(3), Math.log(72)));
    return Math.round(hours * 60);
  }

  // --- looked-after children and incidents per year ----------------------------------------

  /** Exactly the story's share of looked-after children go missing each year, with its incidents per child. */
  balanceLookedAfterYears(): void {
    const years = [...new Set(this.checkpoints.map((cp) => this.storyYear(cp.day)))];
    for (const year of years) {
      const { from, to } = this.yearBounds(year);
      const a = Math.max(from, this.ctx.tl.start);
      const b = Math.min(to, this.ctx.tl.today);
      if (a > b) continue;
      const set = this.missingSet(a);
      const inYear = (e: Ep) => e.lookedAfter && Math.floor(e.start / 1440) >= a && Math.floor(e.start / 1440) <= b;
      // Every child of the year's set goes missing at least once.
      for (const child of set) {
        if ((this.byChild.get(child.id) ?? []).some((e) => inYear(e) && e.type === 'M')) continue;
        this.addSingle(child, a, b);
      }
      const perChild = (CLA_MISSING_BY_YEAR[year] ?? CLA_MISSING_BY_YEAR[2027]!).perChild;
      const children = new Set(this.episodes.filter((e) => inYear(e) && e.type === 'M').map((e) => e.childId));
      const target = Math.round(perChild * children.size);
      let incidents = this.episodes.filter((e) => inYear(e) && e.type === 'M').length;
      // Too many: some burst episodes were "away" rather than missing (never a child's only missing episode).
      const convertible = this.rng.shuffle(
        this.episodes.filter((e) => inYear(e) && e.type === 'M' && e.childId !== 'KF198720'),
      );
      for (const e of convertible) {
        if (incidents <= target) break;
        const own = this.byChild.get(e.childId)!.filter((x) => inYear(x) && x.type === 'M');
        if (own.length < 2) continue;
        e.type = 'A';
        e.end = e.start + this.duration('A');
        incidents--;
      }
      // Too few: more single episodes for children of the set, where they do not change repeat counts.
      const pool = [...set].filter((c) => children.has(c.id) && !NAMED.has(c.id));
      for (let guard = 0; incidents < target && guard < 2000 && pool.length; guard++) {
        if (this.addSingle(this.rng.pick(pool), a, b)) incidents++;
      }
    }
  }

  /** One episode for a looked-after child in [a, b] that leaves every checkpoint's count unchanged. */
  private addSingle(child: CtxChild, a: number, b: number): boolean {
    const spans = child.periods
      .map((p) => ({ from: Math.max(a, p.start), to: Math.min(b, p.end - 1) }))
      .filter((s) => s.from <= s.to);
    if (spans.length === 0) return false;
    const before = this.coverage(child.id).join(',');
    for (let attempt = 0; attempt < 40; attempt++) {
      const span = this.rng.weighted(
        spans,
        spans.map((s) => s.to - s.from + 1),
      );
      const day = this.rng.int(span.from, span.to);
      if (this.coverage(child.id, [day]).join(',') !== before) continue;
      const start = day * 1440 + this.startMinute('M');
      this.add({ childId: child.id, type: 'M', start, end: start + this.duration('M'), lookedAfter: true });
      return true;
    }
    return false;
  }

  // --- return home interviews --------------------------------------------------------------

  assignReturnHomeInterviews(): void {
    const { tl } = this.ctx;
    const nowMinutes = (tl.today + 1) * 1440 - 1;
    for (const e of this.episodes) if (e.end !== undefined && e.end > nowMinutes) delete e.end;
    const months = tl.months();
    for (const month of months) this.assignMonth(month);
  }

  private assignMonth(month: MonthWindow): void {
    const rng = this.ctx.rng(`missing:rhi:${month.key}`);
    const ended = this.episodes.filter(
      (e) => e.end !== undefined && Math.floor(e.end / 1440) >= month.start && Math.floor(e.end / 1440) <= month.end,
    );
    if (ended.length === 0) return;
    const story = this.ctx.tl.storyDay(month.end);
    const baseline = story < this.ctx.tl.storyDay(this.ctx.tl.at('2025-11-01'));
    const offeredShare = RHI_OFFERED_STORY(story) + (baseline ? rng.float(-0.025, 0.025) : 0);
    const inTimeShare = RHI_72H_STORY(story) + (baseline ? rng.float(-0.02, 0.02) : 0);
    const preset = ended.filter((e) => e.rhi !== undefined);
    const free = rng.shuffle(ended.filter((e) => e.rhi === undefined));
    const offered = Math.round(offeredShare * ended.length) - preset.filter((e) => e.rhi!.offered).length;
    const inTime = Math.round(inTimeShare * ended.length) - preset.filter((e) => e.rhi!.completedWithin72h).length;
    free.forEach((e, k) => {
      if (k < inTime) e.rhi = { offered: true, accepted: true, completed: true, completedWithin72h: true };
      else if (k < Math.max(inTime, offered)) {
        const r = rng.next();
        e.rhi =
          r < 0.55
            ? { offered: true, accepted: true, completed: true }
            : r < 0.65
              ? { offered: true, accepted: true }
              : { offered: true, accepted: false };
      } else e.rhi = { offered: false, accepted: false };
    });
  }

  toRecords(): LocalMissingEpisode[] {
    const rng = this.ctx.rng('missing:times');
    const nowMinutes = (this.ctx.tl.today + 1) * 1440 - 1;
    const sorted = [...this.episodes].sort((a, b) => a.start - b.start || (a.childId < b.childId ? -1 : 1));
    return sorted.map((e, i) => {
      const rec: LocalMissingEpisode = {
        episodeId: `ME${String(i + 1).padStart(5, '0')}`,
        childId: e.childId,
        type: e.type,
        start: dateTimeOfMinutes(e.start),
        ...(e.end !== undefined ? { end: dateTimeOfMinutes(e.end) } : {}),
        lookedAfter: e.lookedAfter,
      };
      const r = e.rhi;
      if (e.end === undefined || !r) return rec;
      rec.rhiOffered = r.offered;
      if (!r.offered) return rec;
      const offeredAt = e.end + rng.int(2 * 60, 30 * 60);
      if (offeredAt <= nowMinutes) rec.rhiOfferedAt = dateTimeOfMinutes(offeredAt);
      rec.rhiAccepted = r.accepted;
      if (r.completed) {
        const done = e.end + (r.completedWithin72h ? rng.int(12 * 60, 71 * 60) : rng.int(73 * 60, 240 * 60));
        if (done <= nowMinutes) rec.rhiCompletedAt = dateTimeOfMinutes(done);
      }
      return rec;
    });
  }
}
