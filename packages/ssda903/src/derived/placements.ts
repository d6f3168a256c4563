import type { IsoDate } from '@waypoint/calendar';
import { continuesCare, episodesInDateOrder, type PlacementEpisode } from './episode-fields.ts';

/** Reasons for a new episode that start a new placement (spec §6.1): all but L (legal status change only). */
const NEW_PLACEMENT_RNE: ReadonlySet<string> = new Set(['S', 'P', 'B', 'T', 'U']);

/** Temporary placement types T0–T4. */
const TEMPORARY: ReadonlySet<string> = new Set(['T0', 'T1', 'T2', 'T3', 'T4']);

/** One placement: the episodes from one that starts a placement up to the next one that does. */
export interface Placement {
  child: string;
  /** DECOM of the placement's first episode. */
  start: IsoDate;
  /** DEC of its last episode; null while open. */
  end: IsoDate | null;
  /** PLACE, PLACE_PROVIDER, URN and PL_POST of the first episode. */
  place: string;
  provider: string;
  urn: string;
  postcode: string;
  /** True for the temporary placement types T0–T4. */
  temporary: boolean;
  /** Indices of the placement's episodes in the input, in date order. */
  episodes: number[];
}

/**
 * Each child's placements. A placement starts at an episode whose RNE is S, P, B, T or U, and with the first
 * episode of a period of care; an episode with RNE L (legal status change only) continues the placement.
 * Episodes without a real DECOM are ignored. Placements are returned by child, then in date order.
 */
export function placements(episodes: readonly PlacementEpisode[]): Placement[] {
  const out: Placement[] = [];
  for (const list of episodesInDateOrder(episodes).values()) {
    let current: Placement | null = null;
    for (let k = 0; k < list.length; k++) {
      const i = list[k]!;
      const e = episodes[i]!;
      const newPeriod = current === null || !continuesCare(episodes[list[k - 1]!]!, e);
      if (newPeriod || NEW_PLACEMENT_RNE.has(e.RNE)) {
        current = {
          child: e.CHILD,
          start: e.DECOM,
          end: null,
          place: e.PLACE,
          provider: e.PLACE_PROVIDER,
          urn: e.URN,
          postcode: e.PL_POST,
          temporary: TEMPORARY.has(e.PLACE),
          episodes: [],
        };
        out.push(current);
      }
      const placement = current!;
      placement.episodes.push(i);
      placement.end = e.DEC === '' ? null : e.DEC;
    }
  }
  return out;
}
