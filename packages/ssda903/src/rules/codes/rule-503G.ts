import type { RuleDefinition } from '../rule.ts';
import { firstEpisodeDiffersFromOpenLast, numberOrNull } from '../shared-400-plus.ts';

/**
 * 503G — the first episode this year must carry the placement distance of the episode still open at the end of
 * last year (a difference of 0.2 miles or more, or a distance where last year had none, is flagged).
 */
export const rule503G: RuleDefinition = {
  code: '503G',
  message: 'The distance in first episode does not match open episode at end of last year.',
  tables: ['Episodes'],
  fields: ['PL_DISTANCE'],
  years: { from: 2024 },
  needs: ['previous', 'postcodes'],
  needsTables: ['Episodes'],
  check: (ctx) => ({
    Episodes: firstEpisodeDiffersFromOpenLast(ctx, (first, last) => {
      const now = numberOrNull(first.PL_DISTANCE);
      const before = numberOrNull(last.PL_DISTANCE);
      if (now !== null && before !== null) return Math.abs(now - before) >= 0.2;
      return before === null && first.PL_DISTANCE !== '';
    }),
  }),
  examples: [
    {
      description: 'a distance 0.5 miles different, or a distance where last year had none, is flagged',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2023-06-01', PL_DISTANCE: '10.5' },
          { CHILD: '2', DECOM: '2023-06-01', PL_DISTANCE: '3.0' },
        ],
      },
      previous: {
        Episodes: [
          { CHILD: '1', DECOM: '2022-06-01', DEC: '', PL_DISTANCE: '10.0' },
          { CHILD: '2', DECOM: '2022-06-01', DEC: '', PL_DISTANCE: '' },
        ],
      },
      expect: { Episodes: [0, 1] },
    },
    {
      description: 'a difference under 0.2 miles, or no distance this year, passes',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2023-06-01', PL_DISTANCE: '10.1' },
          { CHILD: '2', DECOM: '2023-06-01', PL_DISTANCE: '' },
        ],
      },
      previous: {
        Episodes: [
          { CHILD: '1', DECOM: '2022-06-01', DEC: '', PL_DISTANCE: '10.0' },
          { CHILD: '2', DECOM: '2022-06-01', DEC: '', PL_DISTANCE: '4.0' },
        ],
      },
      expect: {},
    },
  ],
};
