import type { RuleDefinition } from '../rule.ts';
import { firstEpisodeByChild } from '../shared-400-plus.ts';

/**
 * 357 — a child's first episode in the return, when it starts during or after this collection year, must have
 * RNE S (care started); otherwise an earlier episode is missing.
 */
export const rule357: RuleDefinition = {
  code: '357',
  message:
    'If this is the first episode ever for this child, reason for new episode must be S.  Check whether there is an episode immediately preceding this one, which has been left out.  If not the reason for new episode code must be amended to S.',
  tables: ['Episodes'],
  fields: ['RNE'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  check: (ctx) => {
    const episodes = ctx.current.Episodes ?? [];
    const out: number[] = [];
    for (const first of firstEpisodeByChild(ctx).values()) {
      const e = episodes[first]!;
      if (e.DECOM >= ctx.collectionStart && e.RNE !== 'S') out.push(first);
    }
    return { Episodes: out };
  },
  examples: [
    {
      description: 'a first episode in the year with RNE P is flagged',
      year: 2024,
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2023-11-11', RNE: 'P' },
          { CHILD: '1', DECOM: '2024-01-01', RNE: 'L' },
        ],
      },
      expect: { Episodes: [0] },
    },
    {
      description: 'a first episode with RNE S, and one that started before the year, pass',
      year: 2024,
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2023-11-11', RNE: 'S' },
          { CHILD: '2', DECOM: '2022-01-01', RNE: 'P' },
          { CHILD: '2', DECOM: '2023-06-01', RNE: 'P' },
        ],
      },
      expect: {},
    },
  ],
};
