import type { RuleDefinition } from '../rule.ts';
import { forEachEpisodePair, sameFilled } from '../shared-400-plus.ts';

/** 435 — RNE P or T (placement change only) needs the same legal status and a changed placement. */
export const rule435: RuleDefinition = {
  code: '435',
  message:
    'Reason for new episode is that child’s placement has changed but not the legal status, but this is not reflected in the episode data recorded.',
  tables: ['Episodes'],
  fields: ['LS', 'PLACE', 'PL_POST', 'URN', 'PLACE_PROVIDER'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  check: (ctx) => {
    const out: number[] = [];
    forEachEpisodePair(ctx, (prev, cur, _p, i) => {
      if (cur.RNE !== 'P' && cur.RNE !== 'T') return;
      const placementUnchanged =
        sameFilled(cur.PLACE, prev.PLACE) &&
        sameFilled(cur.PL_POST, prev.PL_POST) &&
        sameFilled(cur.URN, prev.URN) &&
        sameFilled(cur.PLACE_PROVIDER, prev.PLACE_PROVIDER);
      // A blank legal status never "matches" (the reference compares missing values as unequal).
      if (!sameFilled(cur.LS, prev.LS) || placementUnchanged) out.push(i);
    });
    return { Episodes: out };
  },
  examples: [
    {
      description: 'P with everything unchanged, and P with a new legal status, are flagged',
      current: {
        Episodes: [
          {
            CHILD: '1',
            DECOM: '2020-06-01',
            RNE: 'P',
            LS: 'L1',
            PL_POST: 'X1',
            URN: '1',
            PLACE: 'R1',
            PLACE_PROVIDER: 'PR1',
          },
          {
            CHILD: '1',
            DECOM: '2020-06-04',
            RNE: 'P',
            LS: 'L1',
            PL_POST: 'X1',
            URN: '1',
            PLACE: 'R1',
            PLACE_PROVIDER: 'PR1',
          },
          {
            CHILD: '2',
            DECOM: '2020-06-01',
            RNE: 'P',
            LS: 'L1',
            PL_POST: 'X1',
            URN: '1',
            PLACE: 'R1',
            PLACE_PROVIDER: 'PR1',
          },
          {
            CHILD: '2',
            DECOM: '2020-06-04',
            RNE: 'P',
            LS: 'L3',
            PL_POST: 'X2',
            URN: '1',
            PLACE: 'R1',
            PLACE_PROVIDER: 'PR1',
          },
        ],
      },
      expect: { Episodes: [1, 3] },
    },
    {
      description: 'P with the same legal status and a new postcode passes',
      current: {
        Episodes: [
          {
            CHILD: '1',
            DECOM: '2020-06-01',
            RNE: 'S',
            LS: 'C2',
            PL_POST: 'X1',
            URN: '1',
            PLACE: 'R1',
            PLACE_PROVIDER: 'PR1',
          },
          {
            CHILD: '1',
            DECOM: '2020-06-04',
            RNE: 'P',
            LS: 'C2',
            PL_POST: 'X2',
            URN: '1',
            PLACE: 'R1',
            PLACE_PROVIDER: 'PR1',
          },
        ],
      },
      expect: {},
    },
  ],
};
