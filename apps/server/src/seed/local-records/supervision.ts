/**
 * Supervision records (P1): the share of workers supervised within 28 days sits around 61% until the
 * relaunch in January 2026, then rises to 78% by June 2026 (§6, §11).
 *
 * At every month end (and at today) an exact share of the workers in that month's workforce snapshot
 * is "in date"; each of them gets a supervision inside the 28 days before, and the others none.
 */
import type { SupervisionRecord, WorkforceSnapshot } from '@waypoint/measures';
import type { GenContext } from './context.ts';
import { DEMO_LEADERS, DEMO_TEAMS, LEADERSHIP_TEAM } from './teams.ts';
import { curve, iso, onOrPreviousWorkingDay } from './timeline.ts';
import type { WorkforceModel } from './workforce.ts';

/** Share of workers whose last supervision is within 28 days, by story date. */
export const SUPERVISION_STORY = curve([
  ['2023-04-30', 0.62],
  ['2024-04-30', 0.6],
  ['2025-04-30', 0.62],
  ['2025-12-31', 0.6],
  ['2026-01-31', 0.61],
  ['2026-02-28', 0.64],
  ['2026-03-31', 0.67],
  ['2026-04-30', 0.71],
  ['2026-05-31', 0.75],
  ['2026-06-30', 0.78],
  ['2026-07-15', 0.79],
]);

/** Share of supervisions with management oversight recorded on the child's file. */
const OVERSIGHT_STORY = curve([
  ['2023-04-30', 0.64],
  ['2025-12-31', 0.66],
  ['2026-06-30', 0.82],
]);

const STANDARD_DAYS = 28;

interface Checkpoint {
  day: number;
  rows: WorkforceSnapshot[];
}

/** Generates supervision records from the first local-record month to today. */
export function generateSupervision(ctx: GenContext, workforce: WorkforceModel): SupervisionRecord[] {
  const rng = ctx.rng('supervision');
  const { tl } = ctx;
  const checkpoints: Checkpoint[] = workforce.months
    .filter((m) => m.day >= tl.start + STANDARD_DAYS)
    .map((m) => ({ day: m.day, rows: m.rows }));
  const last = checkpoints[checkpoints.length - 1];
  if (last && last.day < tl.today) checkpoints.push({ day: tl.today, rows: last.rows });
  // Decide who is in date at each checkpoint (exact share, with a little month-to-month noise before 2026).
  const inDate = checkpoints.map((cp) => {
    const workers = cp.rows.filter((r) => r.kind !== 'vacancy').map((r) => r.workerId);
    const story = tl.storyDay(cp.day);
    const noise = story < tl.storyDay(tl.at('2026-01-01')) ? rng.float(-0.02, 0.02) : 0;
    const k = Math.round((SUPERVISION_STORY(story) + noise) * workers.length);
    return new Set(rng.sample(workers, k));
  });
  const teamOf = new Map<string, string>();
  for (const m of workforce.months) for (const r of m.rows) teamOf.set(r.workerId, r.team ?? '');
  const placed = new Map<string, number[]>();
  const records: SupervisionRecord[] = [];
  checkpoints.forEach((cp, i) => {
    const window = { from: cp.day - STANDARD_DAYS + 1, to: cp.day };
    for (const worker of inDate[i]!) {
      const dates = placed.get(worker) ?? [];
      if (dates.some((d) => d >= window.from && d <= window.to)) continue;
      // Days inside neighbouring checkpoints' windows where this worker must show as out of date are forbidden
      // (month-end windows never overlap; the one ending today overlaps the last month end).
      const forbidden: { from: number; to: number }[] = [];
      for (let k = Math.max(0, i - 2); k < Math.min(checkpoints.length, i + 3); k++) {
        if (k === i || inDate[k]!.has(worker)) continue;
        forbidden.push({ from: checkpoints[k]!.day - STANDARD_DAYS + 1, to: checkpoints[k]!.day });
      }
      const options: number[] = [];
      for (let d = window.from; d <= window.to; d++)
        if (!forbidden.some((f) => d >= f.from && d <= f.to)) options.push(d);
      if (options.length === 0) continue;
      const day = onOrPreviousWorkingDay(rng.pick(options));
      const chosen =
        day >= window.from && !forbidden.some((f) => day >= f.from && day <= f.to) ? day : rng.pick(options);
      dates.push(chosen);
      placed.set(worker, dates);
      records.push({
        workerId: worker,
        supervisorId: supervisorOf(worker, teamOf.get(worker) ?? ''),
        date: iso(chosen),
        type: rng.weighted(['formal', 'reflective', 'group'], [72, 20, 8]),
        oversightOnFile: rng.chance(OVERSIGHT_STORY(tl.storyDay(chosen))),
      });
    }
  });
  return records.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.workerId < b.workerId ? -1 : 1));
}

function supervisorOf(workerId: string, teamId: string): string {
  const team = DEMO_TEAMS.find((t) => t.id === teamId);
  if (!team || teamId === LEADERSHIP_TEAM) return DEMO_LEADERS.dcs.workerId;
  return team.managerId === workerId ? team.headOfServiceId : team.managerId;
}
