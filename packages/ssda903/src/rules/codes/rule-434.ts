import type { RuleDefinition } from '../rule.ts';
import { forEachEpisodePair, sameFilled } from '../shared-400-plus.ts';

const PLACEMENT_FIELDS = ['PLACE', 'PL_POST', 'URN', 'PLACE_PROVIDER'] as const;

/** 434 — RNE L (legal status change only) needs a new legal status and an unchanged placement. */
export const rule434: RuleDefinition = {
  code: '434',
  message:
    "Reason for new episode is that child's legal status has changed but not the placement, but this is not reflected in the episode data.",
  tables: ['Episodes'],
  fields: ['RNE', 'LS', 'PLACE', 'PL_POST', 'URN', 'PLACE_PROVIDER'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  check: (ctx) => {
    const out: number[] = [];
    forEachEpisodePair(ctx, (prev, cur, _p, i) => {
      if (cur.RNE !== 'L') return;
      if (sameFilled(cur.LS, prev.LS) || PLACEMENT_FIELDS.some((f) => cur[f] !== prev[f])) out.push(i);
    });
    return { Episodes: out };
  },
  examples: [
    {
      description: 'L with the same legal status, or with a different URN, is flagged',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2024-01-01', RNE: 'S', LS: 'C1', PLACE: 'U1', URN: '1' },
          { CHILD: '1', DECOM: '2024-02-01', RNE: 'L', LS: 'C1', PLACE: 'U1', URN: '1' },
          { CHILD: '2', DECOM: '2024-01-01', RNE: 'S', LS: 'C1', PLACE: 'U1', URN: '1' },
          { CHILD: '2', DECOM: '2024-02-01', RNE: 'L', LS: 'C2', PLACE: 'U1', URN: '2' },
        ],
      },
      expect: { Episodes: [1, 3] },
    },
    {
      description: 'L with a new legal status and the same placement passes',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2024-01-01', RNE: 'S', LS: 'C1', PLACE: 'U1', URN: '' },
          { CHILD: '1', DECOM: '2024-02-01', RNE: 'L', LS: 'C2', PLACE: 'U1', URN: '' },
        ],
      },
      expect: {},
    },
  ],
};
