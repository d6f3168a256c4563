/**
 * Review timeliness as a chain of due dates: the first review is due a fixed time after the start,
 * each later one a fixed time after the review before it. A review is on time when held on or before
 * its due date (a review held on the due day is on time). A due date passed with no review is a missed
 * review, and the next one falls due the usual interval after it. Reviews are attributed to the period
 * their due date falls in.
 */

/** The reviews of one plan or period of care. */
export interface ReviewChainInput {
  /** Epoch day the plan / period of care started. */
  start: number;
  /** Epoch day it ended (OPEN when still open); no review falls due on or after it. */
  end: number;
  /** Reviews held, ascending, with local due days when recorded. */
  reviews: { date: number; due: number | null }[];
  /** Due day of the first review. */
  firstDue: (start: number) => number;
  /** Due day of the review after the `held`-th review (1-based) held on `date`. */
  nextDue: (date: number, held: number) => number;
}

/** A review due in the window. */
export interface DueReview {
  due: number;
  held: number | null;
  onTime: boolean;
}

/** The reviews due in [windowStart, windowEnd] (a due day after windowEnd is not yet due). */
export function reviewsDue(input: ReviewChainInput, windowStart: number, windowEnd: number): DueReview[] {
  const out: DueReview[] = [];
  let due = input.firstDue(input.start);
  let held = 0;
  for (const review of input.reviews) {
    if (review.date < input.start || review.date >= input.end) continue;
    const thisDue = review.due ?? due;
    if (thisDue >= input.end) break;
    if (thisDue > windowEnd) return out;
    if (thisDue >= windowStart) out.push({ due: thisDue, held: review.date, onTime: review.date <= thisDue });
    held++;
    due = input.nextDue(review.date, held);
  }
  // Reviews missed after the last one held: each missed due date moves the next one on.
  while (due < input.end && due <= windowEnd) {
    if (due >= windowStart) out.push({ due, held: null, onTime: false });
    held++;
    due = input.nextDue(due, held);
  }
  return out;
}
