import type { RuleDefinition } from '../rule.ts';
import { forEachEpisodePair } from '../shared-400-plus.ts';

/** 436 — RNE B or U (legal status and placement change) needs both a new legal status and a changed placement. */
export const rule436: RuleDefinition = {
  code: '436',
  message:
    'Reason for new episode is that both child’s placement and legal status have changed, but this is not reflected in the episode data.',
  tables: ['Episodes'],
  fields: ['RNE', 'LS', 'PLACE', 'PL_POST', 'URN', 'PLACE_PROVIDER'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  check: (ctx) => {
    const out: number[] = [];
    forEachEpisodePair(ctx, (prev, cur, _p, i) => {
      if (cur.RNE !== 'B' && cur.RNE !== 'U') return;
      // Here blanks compare equal to blanks (the reference fills them with a placeholder first).
      const placementUnchanged =
        cur.PLACE === prev.PLACE &&
        cur.PL_POST === prev.PL_POST &&
        cur.URN === prev.URN &&
        cur.PLACE_PROVIDER === prev.PLACE_PROVIDER;
      if (cur.LS === prev.LS || placementUnchanged) out.push(i);
    });
    return { Episodes: out };
  },
  examples: [
    {
      description: 'B with the same legal status, and U with the same placement, are flagged',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2020-06-01', RNE: 'S', LS: 'C1', PLACE: 'U1' },
          { CHILD: '1', DECOM: '2020-06-04', RNE: 'B', LS: 'C1', PLACE: 'U2' },
          { CHILD: '2', DECOM: '2020-06-01', RNE: 'S', LS: 'C1', PLACE: 'U1' },
          { CHILD: '2', DECOM: '2020-06-04', RNE: 'U', LS: 'C2', PLACE: 'U1' },
        ],
      },
      expect: { Episodes: [1, 3] },
    },
    {
      description: 'B with new legal status and placement passes',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2020-06-01', RNE: 'S', LS: 'C1', PLACE: 'U1' },
          { CHILD: '1', DECOM: '2020-06-04', RNE: 'B', LS: 'C2', PLACE: 'U2' },
        ],
      },
      expect: {},
    },
  ],
};
