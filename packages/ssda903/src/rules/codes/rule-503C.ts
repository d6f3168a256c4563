import type { RuleDefinition } from '../rule.ts';
import { firstEpisodeDiffersFromOpenLast } from '../shared-400-plus.ts';

/** 503C — the first episode this year must carry the category of need of the episode still open at the end of last year. */
export const rule503C: RuleDefinition = {
  code: '503C',
  message: 'The category of need in the first episode does not match open episode at end of last year.',
  tables: ['Episodes'],
  fields: ['CIN'],
  years: { from: 2024 },
  needs: ['previous'],
  needsTables: ['Episodes'],
  // A blank value matches a blank value and nothing else.
  check: (ctx) => ({ Episodes: firstEpisodeDiffersFromOpenLast(ctx, (first, last) => first.CIN !== last.CIN) }),
  examples: [
    {
      description: 'a first episode whose CIN differs from last year’s open episode is flagged',
      current: { Episodes: [{ CHILD: '1', DECOM: '2023-06-01', CIN: 'N1' }] },
      previous: { Episodes: [{ CHILD: '1', DECOM: '2022-06-01', DEC: '', CIN: 'N2' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'the same value, or last year’s latest episode closed, passes',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2023-06-01', CIN: 'N1' },
          { CHILD: '2', DECOM: '2023-06-01', CIN: 'N1' },
        ],
      },
      previous: {
        Episodes: [
          { CHILD: '1', DECOM: '2022-06-01', DEC: '', CIN: 'N1' },
          { CHILD: '2', DECOM: '2022-06-01', DEC: '2023-01-01', CIN: 'N2' },
        ],
      },
      expect: {},
    },
  ],
};
