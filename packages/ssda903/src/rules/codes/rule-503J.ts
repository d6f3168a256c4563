import type { RuleDefinition } from '../rule.ts';
import { firstEpisodeDiffersFromOpenLast } from '../shared-400-plus.ts';

/** 503J — the first episode this year must carry the placement location (IN/OUT) of the episode still open at the end of last year. */
export const rule503J: RuleDefinition = {
  code: '503J',
  message: 'The placement location in first episode does not match open episode at end of last year.',
  tables: ['Episodes'],
  fields: ['PL_LOCATION'],
  years: { from: 2024 },
  needs: ['previous', 'postcodes'],
  needsTables: ['Episodes'],
  // A blank value matches a blank value and nothing else.
  check: (ctx) => ({
    Episodes: firstEpisodeDiffersFromOpenLast(ctx, (first, last) => first.PL_LOCATION !== last.PL_LOCATION),
  }),
  examples: [
    {
      description: 'a first episode whose PL_LOCATION differs from last year’s open episode is flagged',
      current: { Episodes: [{ CHILD: '1', DECOM: '2023-06-01', PL_LOCATION: 'IN' }] },
      previous: { Episodes: [{ CHILD: '1', DECOM: '2022-06-01', DEC: '', PL_LOCATION: 'OUT' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'the same value, or last year’s latest episode closed, passes',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2023-06-01', PL_LOCATION: 'IN' },
          { CHILD: '2', DECOM: '2023-06-01', PL_LOCATION: 'IN' },
        ],
      },
      previous: {
        Episodes: [
          { CHILD: '1', DECOM: '2022-06-01', DEC: '', PL_LOCATION: 'IN' },
          { CHILD: '2', DECOM: '2022-06-01', DEC: '2023-01-01', PL_LOCATION: 'OUT' },
        ],
      },
      expect: {},
    },
  ],
};
