/**
 * Assessment details held locally (Annex A list 4): whether the child was seen, and the team and worker.
 * 93% of assessments authorised in 2025/26 saw the child (§11). These are fields of `CinAssessment`,
 * not a local array of their own, so they are produced separately and merged into the CIN records.
 */
import type { AssessmentDetail } from '../../modules/measures/measure-data.ts';
import { buildContext, type GenContext } from './context.ts';
import type { LocalRecordOptions } from './generate.ts';
import type { DemoPopulation } from './population.ts';
import { hashLabel } from './random.ts';
import { curve, iso, Quota } from './timeline.ts';
import { generateWorkforce, type WorkforceModel } from './workforce.ts';

/** Share of assessments where the child was seen, by story date of authorisation. */
export const CHILD_SEEN_STORY = curve([
  ['2023-04-15', 0.91],
  ['2024-04-15', 0.92],
  ['2025-04-01', 0.93],
  ['2026-07-15', 0.93],
]);

export type { AssessmentDetail } from '../../modules/measures/measure-data.ts';

/** Local details for every assessment of the population that started on or after the first local-record day. */
export function generateAssessmentDetails(input: DemoPopulation, options: LocalRecordOptions): AssessmentDetail[] {
  const ctx = buildContext(input, options.today, options.seed);
  return assessmentDetails(ctx, generateWorkforce(ctx));
}

/** The details for a context and its workforce (shared with the main generator). */
export function assessmentDetails(ctx: GenContext, workforce: WorkforceModel): AssessmentDetail[] {
  const rng = ctx.rng('assessment-details');
  const { tl } = ctx;
  const items = ctx.cin
    .flatMap((e) => e.assessments.map((a) => ({ e, a })))
    .filter(({ a }) => a.start >= tl.start && a.start <= tl.today)
    .sort((x, y) => (x.a.authorised ?? Number.MAX_SAFE_INTEGER) - (y.a.authorised ?? Number.MAX_SAFE_INTEGER));
  // Exactly the story share seen within each authorisation month (open assessments: seen so far at the same rate).
  const seen = new Map<(typeof items)[number], boolean>();
  const months = tl.months();
  const quota = new Quota();
  for (const month of months) {
    const group = rng.shuffle(
      items.filter(({ a }) => a.authorised !== null && a.authorised >= month.start && a.authorised <= month.end),
    );
    const k = quota.take(CHILD_SEEN_STORY(tl.storyDay(month.end)) * group.length);
    group.forEach((item, i) => {
      seen.set(item, i < k);
    });
  }
  const caseHolders = new Map<number, Map<string, string[]>>();
  for (const m of workforce.months) {
    const byTeam = new Map<string, string[]>();
    for (const r of m.rows) {
      if (r.kind === 'vacancy' || r.role !== 'case-holder' || !r.team) continue;
      byTeam.set(r.team, [...(byTeam.get(r.team) ?? []), r.workerId]);
    }
    caseHolders.set(m.day, byTeam);
  }
  const monthDays = workforce.months.map((m) => m.day);
  return items.map((item) => {
    const { e, a } = item;
    const team = hashLabel(e.childId) % 2 === 0 ? 'assessment-north' : 'assessment-south';
    const snapshot = monthDays.find((d) => d >= a.start) ?? monthDays[monthDays.length - 1]!;
    const workers = caseHolders.get(snapshot)?.get(team) ?? [];
    return {
      childId: e.childId,
      referralId: e.referralId,
      start: iso(a.start),
      childSeen: seen.get(item) ?? rng.chance(0.9),
      team,
      workerId: workers.length ? workers[hashLabel(`${e.referralId}:${a.start}`) % workers.length]! : 'XX0000000000',
    };
  });
}

export { withAssessmentDetails } from '../../modules/measures/measure-data.ts';
