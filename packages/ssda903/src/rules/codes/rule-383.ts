import type { RuleDefinition } from '../rule.ts';
import { TEMPORARY_PLACEMENTS } from '../shared-200-399.ts';

/**
 * 383 (to 2024/25) — after a temporary placement (T0–T4) the child must return to the placement they had
 * before it, with RNE P: the temporary episode is flagged when the next episode's RNE is not P or its
 * placement type differs from the one before. Only temporary episodes between two others are checked.
 */
export const rule383: RuleDefinition = {
  code: '383',
  message: 'A child in a temporary placement must subsequently return to his/her normal placement.',
  tables: ['Episodes'],
  fields: ['PLACE'],
  years: { from: 2023, to: 2025 },
  needsTables: ['Episodes'],
  check: (ctx) => {
    const episodes = ctx.current.Episodes ?? [];
    const out: number[] = [];
    for (const list of ctx.episodesByChild().values()) {
      for (let k = 1; k + 1 < list.length; k++) {
        const cur = episodes[list[k]!]!;
        if (!TEMPORARY_PLACEMENTS.has(cur.PLACE)) continue;
        const before = episodes[list[k - 1]!]!;
        const after = episodes[list[k + 1]!]!;
        if (after.RNE !== 'P' || after.PLACE !== before.PLACE) out.push(list[k]!);
      }
    }
    return { Episodes: out };
  },
  examples: [
    {
      description: 'a T1 placement followed by a return with RNE T is flagged on the T1 episode',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2022-06-01', RNE: 'S', PLACE: 'S1' },
          { CHILD: '1', DECOM: '2022-06-05', RNE: 'P', PLACE: 'T1' },
          { CHILD: '1', DECOM: '2022-06-06', RNE: 'T', PLACE: 'S1' },
        ],
      },
      expect: { Episodes: [1] },
    },
    {
      description: 'a return to the same placement type with RNE P passes',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2022-06-01', RNE: 'S', PLACE: 'U1' },
          { CHILD: '1', DECOM: '2022-06-05', RNE: 'P', PLACE: 'T3' },
          { CHILD: '1', DECOM: '2022-06-06', RNE: 'P', PLACE: 'U1' },
        ],
      },
      expect: {},
    },
  ],
};

/**
 * 383 (from 2025/26) — the episode after a temporary placement must have RNE P and return to the placement
 * before it: same placement type and same placement postcode. The returning episode is flagged.
 */
export const rule383From2026: RuleDefinition = {
  code: '383',
  message: 'A child in a temporary placement must subsequently return to his/her normal placement.',
  tables: ['Episodes'],
  fields: ['PLACE', 'RNE', 'PL_POST'],
  years: { from: 2026 },
  needsTables: ['Episodes'],
  check: (ctx) => {
    const episodes = ctx.current.Episodes ?? [];
    const out: number[] = [];
    for (const list of ctx.episodesByChild().values()) {
      for (let k = 2; k < list.length; k++) {
        if (!TEMPORARY_PLACEMENTS.has(episodes[list[k - 1]!]!.PLACE)) continue;
        const cur = episodes[list[k]!]!;
        const before = episodes[list[k - 2]!]!;
        if (cur.RNE !== 'P' || cur.PLACE !== before.PLACE || cur.PL_POST !== before.PL_POST) out.push(list[k]!);
      }
    }
    return { Episodes: out };
  },
  examples: [
    {
      description: 'a return to the same placement type at a different postcode is flagged on the return',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2025-06-01', RNE: 'S', PLACE: 'S1', PL_POST: 'AB1 1AA' },
          { CHILD: '1', DECOM: '2025-06-05', RNE: 'P', PLACE: 'T1', PL_POST: 'AB2 2BB' },
          { CHILD: '1', DECOM: '2025-06-06', RNE: 'P', PLACE: 'S1', PL_POST: 'AB3 3CC' },
        ],
      },
      expect: { Episodes: [2] },
    },
    {
      description: 'a return with RNE P to the same placement and postcode passes',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2025-06-01', RNE: 'S', PLACE: 'U1', PL_POST: 'AB1 1AA' },
          { CHILD: '1', DECOM: '2025-06-05', RNE: 'P', PLACE: 'T3', PL_POST: 'AB2 2BB' },
          { CHILD: '1', DECOM: '2025-06-06', RNE: 'P', PLACE: 'U1', PL_POST: 'AB1 1AA' },
        ],
      },
      expect: {},
    },
  ],
};
