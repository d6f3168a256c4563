import type { RuleDefinition } from '../rule.ts';
import { firstEpisodeDiffersFromOpenLast } from '../shared-400-plus.ts';

/** 503A — the first episode this year must carry the reason for new episode of the episode still open at the end of last year. */
export const rule503A: RuleDefinition = {
  code: '503A',
  message: 'The reason for new episode in the first episode does not match open episode at end of last year.',
  tables: ['Episodes'],
  fields: ['RNE'],
  years: { from: 2024 },
  needs: ['previous'],
  needsTables: ['Episodes'],
  // A blank value matches a blank value and nothing else.
  check: (ctx) => ({ Episodes: firstEpisodeDiffersFromOpenLast(ctx, (first, last) => first.RNE !== last.RNE) }),
  examples: [
    {
      description: 'a first episode whose RNE differs from last year’s open episode is flagged',
      current: { Episodes: [{ CHILD: '1', DECOM: '2023-06-01', RNE: 'P' }] },
      previous: { Episodes: [{ CHILD: '1', DECOM: '2022-06-01', DEC: '', RNE: 'L' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'the same value, or last year’s latest episode closed, passes',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2023-06-01', RNE: 'P' },
          { CHILD: '2', DECOM: '2023-06-01', RNE: 'P' },
        ],
      },
      previous: {
        Episodes: [
          { CHILD: '1', DECOM: '2022-06-01', DEC: '', RNE: 'P' },
          { CHILD: '2', DECOM: '2022-06-01', DEC: '2023-01-01', RNE: 'L' },
        ],
      },
      expect: {},
    },
  ],
};
