/**
 * Feedback from children, parents and carers (cross-cutting V): "did the help make a difference?"
 * 58% positive in 2025/26, rising to 64% over the 12 months to demo today after feedback was asked
 * for routinely after assessments and CP conferences (V.3).
 */
import type { Feedback } from '@waypoint/measures';
import type { GenContext } from './context.ts';
import { curve, iso, onOrNextWorkingDay, Quota } from './timeline.ts';

/** Share of positive responses by story date. */
export const FEEDBACK_STORY = curve([
  ['2023-04-15', 0.55],
  ['2025-06-15', 0.56],
  ['2025-07-01', 0.575],
  ['2026-03-15', 0.575],
  ['2026-04-01', 0.71],
  ['2026-07-15', 0.72],
]);

/** Responses a month (more from June 2026, when feedback after assessments began). */
const VOLUME_STORY = curve([
  ['2023-04-15', 14],
  ['2026-05-15', 15],
  ['2026-06-01', 24],
  ['2026-07-15', 26],
]);

const RESPONDENTS = ['child', 'parent', 'carer', 'other'] as const;
const SERVICES = ['assessment', 'child protection', 'children in care', 'leaving care', 'early help', 'fostering'];

/** Generates feedback responses from the first local-record month to today. */
export function generateFeedback(ctx: GenContext): Feedback[] {
  const rng = ctx.rng('feedback');
  const { tl } = ctx;
  const positives = new Quota();
  const out: Feedback[] = [];
  for (const month of tl.months()) {
    const story = tl.storyDay(month.end);
    const share = (month.end - month.start + 1) / 30.4;
    const n = Math.max(1, Math.round(VOLUME_STORY(story) * share));
    const good = Math.min(n, Math.max(0, positives.take(FEEDBACK_STORY(story) * n)));
    const flags = rng.shuffle(Array.from({ length: n }, (_, i) => i < good));
    flags.forEach((positive) => {
      const day = Math.min(tl.today, onOrNextWorkingDay(rng.int(month.start, month.end)));
      out.push({
        feedbackId: '',
        date: iso(day),
        respondent: rng.weighted(RESPONDENTS, [35, 45, 15, 5]),
        service: rng.pick(SERVICES),
        positive,
      });
    });
  }
  out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  out.forEach((f, i) => {
    f.feedbackId = `FB${String(i + 1).padStart(5, '0')}`;
  });
  return out;
}
