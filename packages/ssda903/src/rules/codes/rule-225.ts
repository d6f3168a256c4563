import type { RuleDefinition } from '../rule.ts';
import { TEMPORARY_PLACEMENTS } from '../shared-200-399.ts';

const PLACEMENT_CHANGES = new Set(['P', 'B', 'T', 'U']);

/**
 * 225 — when an episode ends (REC X1) because the child moves to a new, non-temporary placement (next RNE
 * P, B, T or U), the ending episode must record the reason for the placement change. Temporary placements
 * are excluded on both sides. Episodes are taken in DECOM order within each child.
 */
export const rule225: RuleDefinition = {
  code: '225',
  message: 'Reason for placement change must be recorded.',
  tables: ['Episodes'],
  fields: ['REASON_PLACE_CHANGE'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  check: (ctx) => {
    const episodes = ctx.current.Episodes ?? [];
    const out: number[] = [];
    for (const list of ctx.episodesByChild().values()) {
      for (let k = 0; k + 1 < list.length; k++) {
        const cur = episodes[list[k]!]!;
        const next = episodes[list[k + 1]!]!;
        if (
          cur.REC === 'X1' &&
          cur.REASON_PLACE_CHANGE === '' &&
          !TEMPORARY_PLACEMENTS.has(cur.PLACE) &&
          PLACEMENT_CHANGES.has(next.RNE) &&
          !TEMPORARY_PLACEMENTS.has(next.PLACE)
        ) {
          out.push(list[k]!);
        }
      }
    }
    return { Episodes: out };
  },
  examples: [
    {
      description: 'an X1 episode followed by a P episode, with no reason for the change, is flagged',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2022-06-05', RNE: 'P', REC: 'E3', PLACE: 'U2' },
          { CHILD: '1', DECOM: '2022-06-01', RNE: 'S', REC: 'X1', PLACE: 'U1', DEC: '2022-06-05' },
        ],
      },
      expect: { Episodes: [1] },
    },
    {
      description: 'a reason given, a legal-status-only change (L) and a move into a T placement pass',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2022-06-01', RNE: 'S', REC: 'X1', PLACE: 'U1', REASON_PLACE_CHANGE: 'CARPL' },
          { CHILD: '1', DECOM: '2022-06-05', RNE: 'P', REC: 'X1', PLACE: 'U2' },
          { CHILD: '1', DECOM: '2022-06-07', RNE: 'L', REC: 'X1', PLACE: 'U2' },
          { CHILD: '1', DECOM: '2022-06-09', RNE: 'P', REC: 'E3', PLACE: 'T1' },
        ],
      },
      expect: {},
    },
  ],
};
