import type { RuleDefinition } from '../rule.ts';
import { firstEpisodeDiffersFromOpenLast } from '../shared-400-plus.ts';

/** 503H — the first episode this year must carry the placement LA of the episode still open at the end of last year. */
export const rule503H: RuleDefinition = {
  code: '503H',
  message: 'The placement LA in first episode does not match open episode at end of last year.',
  tables: ['Episodes'],
  fields: ['PL_LA'],
  years: { from: 2024 },
  needs: ['previous', 'postcodes'],
  needsTables: ['Episodes'],
  // A blank value matches a blank value and nothing else.
  check: (ctx) => ({ Episodes: firstEpisodeDiffersFromOpenLast(ctx, (first, last) => first.PL_LA !== last.PL_LA) }),
  examples: [
    {
      description: 'a first episode whose PL_LA differs from last year’s open episode is flagged',
      current: { Episodes: [{ CHILD: '1', DECOM: '2023-06-01', PL_LA: 'E09000001' }] },
      previous: { Episodes: [{ CHILD: '1', DECOM: '2022-06-01', DEC: '', PL_LA: 'E09000002' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'the same value, or last year’s latest episode closed, passes',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2023-06-01', PL_LA: 'E09000001' },
          { CHILD: '2', DECOM: '2023-06-01', PL_LA: 'E09000001' },
        ],
      },
      previous: {
        Episodes: [
          { CHILD: '1', DECOM: '2022-06-01', DEC: '', PL_LA: 'E09000001' },
          { CHILD: '2', DECOM: '2022-06-01', DEC: '2023-01-01', PL_LA: 'E09000002' },
        ],
      },
      expect: {},
    },
  ],
};
