/**
 * The leaving-care record (Annex A list 9): eligibility, pathway plan reviews and personal advisers.
 * At demo today 71% of eligible care leavers have a pathway plan reviewed in the last 6 months and
 * 96% have a personal adviser (§11); earlier months sit in the low-to-mid 70s.
 */
import type { LocalCareLeaver } from '@waypoint/measures';
import { addMonthsDay, addYearsDay, ageOnDay, type GenContext } from './context.ts';
import { iso, onOrPreviousWorkingDay } from './timeline.ts';

/** Share in date and with a personal adviser at demo today. */
export const CARE_LEAVER_STORY = { pathwayPlansInDate: 0.71, personalAdviser: 0.96 } as const;

/** Generates the local care-leaver records of the population's care leavers. */
export function generateCareLeavers(ctx: GenContext): LocalCareLeaver[] {
  const rng = ctx.rng('care-leavers');
  const { tl } = ctx;
  const today = tl.today;
  const leavers = ctx.careLeavers
    .map((c) => {
      const age = ageOnDay(c.dob, c.ceased);
      const extended = rng.chance(0.15);
      return {
        ...c,
        eligibility: age < 18 ? 'relevant' : 'former-relevant',
        eligibleTo: addYearsDay(c.dob, extended ? 25 : 21),
      };
    })
    .filter((c) => c.eligibleTo > tl.start && c.ceased <= today)
    .sort((a, b) => (a.childId < b.childId ? -1 : 1));
  const current = leavers.filter((c) => c.eligibleTo > today);
  const inDate = new Set(
    rng.sample(current, Math.round(CARE_LEAVER_STORY.pathwayPlansInDate * current.length)).map((c) => c.childId),
  );
  const withPa = new Set(
    rng.sample(current, Math.round(CARE_LEAVER_STORY.personalAdviser * current.length)).map((c) => c.childId),
  );
  return leavers.map((c) => {
    const end = Math.min(today, c.eligibleTo - 1);
    // The latest review: in the 6 months to today (or to the end of eligibility) or older.
    const sixMonths = end - addMonthsDay(end, -6);
    const fresh = c.eligibleTo > today ? inDate.has(c.childId) : rng.chance(0.75);
    let review = end - (fresh ? rng.int(3, sixMonths - 6) : rng.int(sixMonths + 5, sixMonths + 120));
    const reviews: number[] = [];
    const firstPossible = addYearsDay(c.dob, 16);
    while (review >= firstPossible && review > c.ceased - 400) {
      reviews.push(onOrPreviousWorkingDay(review));
      review -= rng.chance(0.4) ? rng.int(120, 180) : rng.int(200, 330);
    }
    const pa = c.eligibleTo > today ? withPa.has(c.childId) : rng.chance(0.95);
    return {
      childId: c.childId,
      dateOfBirth: iso(c.dob),
      eligibility: c.eligibility,
      eligibleFrom: iso(c.ceased),
      eligibleTo: iso(c.eligibleTo),
      pathwayPlanReviews: reviews.reverse().map(iso),
      ...(pa ? { personalAdviserFrom: iso(Math.min(today, c.ceased + rng.int(0, 30))) } : {}),
    };
  });
}
