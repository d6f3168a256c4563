import { dayOf } from '../rules/helpers.ts';
import type { EpisodeRow } from '../tables.ts';

/** The Episodes fields the cohort functions read (a full `EpisodeRow` will do). */
export type CareEpisode = Pick<EpisodeRow, 'CHILD' | 'DECOM' | 'DEC' | 'RNE' | 'LS' | 'REC'>;

/** The Episodes fields the placement functions read. */
export type PlacementEpisode = CareEpisode & Pick<EpisodeRow, 'PLACE' | 'PLACE_PROVIDER' | 'URN' | 'PL_POST'>;

/** Legal statuses of short-break (respite) care, excluded from "looked after" counts (spec §5.5, §6.2). */
export const SHORT_BREAK_STATUSES: ReadonlySet<string> = new Set(['V3', 'V4']);

/**
 * Each child's episode indices in date order (DECOM, then input order). Episodes whose DECOM is not a real
 * date are left out: they cannot be placed in a history.
 */
export function episodesInDateOrder(episodes: readonly CareEpisode[]): Map<string, number[]> {
  const byChild = new Map<string, number[]>();
  const start = new Float64Array(episodes.length);
  for (let i = 0; i < episodes.length; i++) {
    const day = dayOf(episodes[i]!.DECOM);
    if (day === null) continue;
    start[i] = day;
    const child = episodes[i]!.CHILD;
    const list = byChild.get(child);
    if (list) list.push(i);
    else byChild.set(child, [i]);
  }
  for (const list of byChild.values()) {
    if (list.length > 1) list.sort((a, b) => start[a]! - start[b]! || a - b);
  }
  return byChild;
}

/** True when episode `cur` continues the period of care of `prev` (X1 end, same-day start, not a new start). */
export function continuesCare(prev: CareEpisode, cur: CareEpisode): boolean {
  return prev.REC === 'X1' && prev.DEC !== '' && prev.DEC === cur.DECOM && cur.RNE !== 'S';
}
