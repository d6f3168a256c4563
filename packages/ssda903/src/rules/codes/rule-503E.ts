import type { RuleDefinition } from '../rule.ts';
import { firstEpisodeDiffersFromOpenLast } from '../shared-400-plus.ts';

/** 503E — the first episode this year must carry the placement provider of the episode still open at the end of last year. */
export const rule503E: RuleDefinition = {
  code: '503E',
  message: 'The placement provider in the first episode does not match open episode at end of last year.',
  tables: ['Episodes'],
  fields: ['PLACE_PROVIDER'],
  years: { from: 2024 },
  needs: ['previous'],
  needsTables: ['Episodes'],
  // A blank value matches a blank value and nothing else.
  check: (ctx) => ({
    Episodes: firstEpisodeDiffersFromOpenLast(ctx, (first, last) => first.PLACE_PROVIDER !== last.PLACE_PROVIDER),
  }),
  examples: [
    {
      description: 'a first episode whose PLACE_PROVIDER differs from last year’s open episode is flagged',
      current: { Episodes: [{ CHILD: '1', DECOM: '2023-06-01', PLACE_PROVIDER: 'PR1' }] },
      previous: { Episodes: [{ CHILD: '1', DECOM: '2022-06-01', DEC: '', PLACE_PROVIDER: 'PR2' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'the same value, or last year’s latest episode closed, passes',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2023-06-01', PLACE_PROVIDER: 'PR1' },
          { CHILD: '2', DECOM: '2023-06-01', PLACE_PROVIDER: 'PR1' },
        ],
      },
      previous: {
        Episodes: [
          { CHILD: '1', DECOM: '2022-06-01', DEC: '', PLACE_PROVIDER: 'PR1' },
          { CHILD: '2', DECOM: '2022-06-01', DEC: '2023-01-01', PLACE_PROVIDER: 'PR2' },
        ],
      },
      expect: {},
    },
  ],
};
