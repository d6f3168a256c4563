import type { RuleDefinition } from '../rule.ts';
import { firstEpisodeDiffersFromOpenLast } from '../shared-400-plus.ts';

/** 503B — the first episode this year must carry the legal status of the episode still open at the end of last year. */
export const rule503B: RuleDefinition = {
  code: '503B',
  message: 'The legal status in the first episode does not match open episode at end of last year.',
  tables: ['Episodes'],
  fields: ['LS'],
  years: { from: 2024 },
  needs: ['previous'],
  needsTables: ['Episodes'],
  // A blank value matches a blank value and nothing else.
  check: (ctx) => ({ Episodes: firstEpisodeDiffersFromOpenLast(ctx, (first, last) => first.LS !== last.LS) }),
  examples: [
    {
      description: 'a first episode whose LS differs from last year’s open episode is flagged',
      current: { Episodes: [{ CHILD: '1', DECOM: '2023-06-01', LS: 'C1' }] },
      previous: { Episodes: [{ CHILD: '1', DECOM: '2022-06-01', DEC: '', LS: 'C2' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'the same value, or last year’s latest episode closed, passes',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2023-06-01', LS: 'C1' },
          { CHILD: '2', DECOM: '2023-06-01', LS: 'C1' },
        ],
      },
      previous: {
        Episodes: [
          { CHILD: '1', DECOM: '2022-06-01', DEC: '', LS: 'C1' },
          { CHILD: '2', DECOM: '2022-06-01', DEC: '2023-01-01', LS: 'C2' },
        ],
      },
      expect: {},
    },
  ],
};
