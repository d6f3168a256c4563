/**
 * Missing from home and care: CLA who went missing, incidents per missing child, repeat missing, and
 * return home interviews (local log).
 */
import type { ComputeContext, ComputeFn } from '../types.ts';
import { between } from './common.ts';
import { count, mean, percent } from './figures.ts';
import { firstStartingOnOrAfter, type PMissing } from './missing-index.ts';

/** Missing episodes of looked-after children from the chosen source. */
function claMissing(ctx: ComputeContext): PMissing[] {
  const source = ctx.options.missingSource ?? 'combined';
  const idx = ctx.data.missing;
  if (source === '903') return idx.fromReturn;
  if (source === 'local') return ctx.data.memo('missing-local-cla', () => idx.fromLog.filter((m) => m.lookedAfter));
  return ctx.data.memo('missing-combined-cla', () => idx.combined.filter((m) => m.lookedAfter));
}

/** Episodes starting in the period, from a list sorted by start. */
function startingIn(list: PMissing[], start: number, end: number): PMissing[] {
  const out: PMissing[] = [];
  for (let i = firstStartingOnOrAfter(list, start); i < list.length && list[i]!.start <= end; i++) out.push(list[i]!);
  return out;
}

/** cla-missing: children looked after during the period with at least one missing (M) period; companion: away (A). */
export const claMissingRate: ComputeFn = (ctx) => {
  // Looked after during the period: a non-short-break episode overlapping it (an episode ending on its first day counts).
  const careEpisodes = ctx.data.memo('cla-care-episodes', () =>
    ctx.data.cla.children.flatMap((c) =>
      c.episodes.filter((e) => !e.shortBreak).map((e) => ({ id: c.id, start: e.start, end: e.end })),
    ),
  );
  const ids = new Set<string>();
  for (const e of careEpisodes) if (e.start <= ctx.endDay && e.end >= ctx.startDay) ids.add(e.id);
  const cohort = [...ids];
  const episodes = startingIn(claMissing(ctx), ctx.startDay, ctx.endDay).filter((m) => ids.has(m.childId));
  const missing = [...new Set(episodes.filter((m) => m.type === 'M').map((m) => m.childId))];
  const away = [...new Set(episodes.filter((m) => m.type === 'A').map((m) => m.childId))];
  return {
    main: percent(missing.length, cohort.length, missing),
    variants: { away: percent(away.length, cohort.length, away) },
    notes: ['Recording thresholds for "missing" vary between authorities; compare with care.'],
  };
};

/** missing-incidents-per-child: missing (M) periods starting in the period per child with at least one. */
export const missingIncidentsPerChild: ComputeFn = (ctx) => {
  const episodes = startingIn(claMissing(ctx), ctx.startDay, ctx.endDay).filter((m) => m.type === 'M');
  const children = [...new Set(episodes.map((m) => m.childId))];
  const awayEpisodes = startingIn(claMissing(ctx), ctx.startDay, ctx.endDay).filter((m) => m.type === 'A');
  return {
    main: mean(episodes.length, children.length, 'ratio', children),
    breakdown: { incidents: count(episodes.length), 'away-incidents': count(awayEpisodes.length) },
  };
};

/** repeat-missing: children (looked after or not) with 3+ episodes in the rolling 90 days to the date. */
export const repeatMissing: ComputeFn = (ctx) => {
  const threshold = ctx.options.repeatMissingThreshold ?? 3;
  const includeAway = ctx.options.repeatMissingIncludesAway ?? true;
  const start =
    ctx.options.repeatMissingDays === undefined ? ctx.startDay : ctx.endDay - ctx.options.repeatMissingDays + 1;
  const perChild = new Map<string, number>();
  for (const m of startingIn(ctx.data.missing.combined, start, ctx.endDay)) {
    if (m.type === 'A' && !includeAway) continue;
    perChild.set(m.childId, (perChild.get(m.childId) ?? 0) + 1);
  }
  const hits = [...perChild].filter(([, n]) => n >= threshold).map(([id]) => id);
  return {
    main: count(hits.length, hits, perChild.size),
    breakdown: { 'children-with-any-episode': count(perChild.size) },
  };
};

/** Local-log episodes that ended (returned) in the period. */
function endedIn(ctx: ComputeContext): PMissing[] {
  const ended = ctx.data.memo('missing-log-by-end', () =>
    ctx.data.missing.fromLog.filter((m) => m.endMinutes !== undefined).sort((a, b) => a.end - b.end),
  );
  return between(ended, (m) => m.end, ctx.startDay, ctx.endDay);
}

/** rhi-offered: episodes ended in the period where a return home interview was offered; companion accepted / offered. */
export const rhiOffered: ComputeFn = (ctx) => {
  const ended = endedIn(ctx);
  const offered = ended.filter((m) => m.rhiOffered);
  const accepted = offered.filter((m) => m.rhiAccepted);
  return {
    main: percent(
      offered.length,
      ended.length,
      offered.map((m) => m.childId),
    ),
    variants: {
      accepted: percent(
        accepted.length,
        offered.length,
        accepted.map((m) => m.childId),
      ),
    },
  };
};

/** rhi-72h: episodes ended in the period whose return home interview was completed within 72 hours of return. */
export const rhi72h: ComputeFn = (ctx) => {
  const ended = endedIn(ctx);
  const inTime = ended.filter(
    (m) =>
      m.rhiCompletedMinutes !== undefined &&
      m.rhiCompletedMinutes >= m.endMinutes! &&
      m.rhiCompletedMinutes - m.endMinutes! <= 72 * 60,
  );
  const completed = ended.filter((m) => m.rhiCompletedMinutes !== undefined);
  return {
    main: percent(
      inTime.length,
      ended.length,
      inTime.map((m) => m.childId),
    ),
    breakdown: { completed: percent(completed.length, ended.length) },
  };
};
