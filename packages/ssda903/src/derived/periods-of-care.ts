import type { IsoDate } from '@waypoint/calendar';
import { type CareEpisode, continuesCare, episodesInDateOrder, SHORT_BREAK_STATUSES } from './episode-fields.ts';

/** A period of care: a chain of a child's episodes linked by REC X1 and a same-day continuation (spec §6.1). */
export interface PeriodOfCare {
  child: string;
  /** DECOM of the first episode. */
  start: IsoDate;
  /** DEC of the last episode; null while the period is open. */
  end: IsoDate | null;
  /** REC of the last episode ('' while open). */
  reasonEnded: string;
  /** Indices of the period's episodes in the input, in date order. */
  episodes: number[];
  /** True when every episode is a V3/V4 short break (such periods are not counted as looked after). */
  shortBreaksOnly: boolean;
}

/**
 * Splits each child's episodes into periods of care. A period starts with the child's first episode, with an
 * episode whose RNE is S, or after an episode that did not end with X1 on the day the next one starts; it
 * ends with the first episode whose REC is not X1 (or stays open). Episodes without a real DECOM are ignored.
 * Periods are returned by child (first appearance in the input), then in date order.
 */
export function periodsOfCare(episodes: readonly CareEpisode[]): PeriodOfCare[] {
  const out: PeriodOfCare[] = [];
  for (const list of episodesInDateOrder(episodes).values()) {
    let current: PeriodOfCare | null = null;
    for (let k = 0; k < list.length; k++) {
      const i = list[k]!;
      const e = episodes[i]!;
      const continues = current !== null && continuesCare(episodes[list[k - 1]!]!, e);
      if (!continues) {
        current = {
          child: e.CHILD,
          start: e.DECOM,
          end: null,
          reasonEnded: '',
          episodes: [],
          shortBreaksOnly: true,
        };
        out.push(current);
      }
      const period = current!;
      period.episodes.push(i);
      period.end = e.DEC === '' ? null : e.DEC;
      period.reasonEnded = e.REC;
      if (!SHORT_BREAK_STATUSES.has(e.LS)) period.shortBreaksOnly = false;
    }
  }
  return out;
}
