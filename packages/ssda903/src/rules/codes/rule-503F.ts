import type { RuleDefinition } from '../rule.ts';
import { firstEpisodeDiffersFromOpenLast } from '../shared-400-plus.ts';

/** 503F — the first episode this year must carry the Ofsted URN of the episode still open at the end of last year. */
export const rule503F: RuleDefinition = {
  code: '503F',
  message: 'The Ofsted URN in the  first episode does not match open episode at end of last year.',
  tables: ['Episodes'],
  fields: ['URN'],
  years: { from: 2024 },
  needs: ['previous'],
  needsTables: ['Episodes'],
  // A blank value matches a blank value and nothing else.
  check: (ctx) => ({ Episodes: firstEpisodeDiffersFromOpenLast(ctx, (first, last) => first.URN !== last.URN) }),
  examples: [
    {
      description: 'a first episode whose URN differs from last year’s open episode is flagged',
      current: { Episodes: [{ CHILD: '1', DECOM: '2023-06-01', URN: 'SC055123' }] },
      previous: { Episodes: [{ CHILD: '1', DECOM: '2022-06-01', DEC: '', URN: 'SC055124' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'the same value, or last year’s latest episode closed, passes',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2023-06-01', URN: 'SC055123' },
          { CHILD: '2', DECOM: '2023-06-01', URN: 'SC055123' },
        ],
      },
      previous: {
        Episodes: [
          { CHILD: '1', DECOM: '2022-06-01', DEC: '', URN: 'SC055123' },
          { CHILD: '2', DECOM: '2022-06-01', DEC: '2023-01-01', URN: 'SC055124' },
        ],
      },
      expect: {},
    },
  ],
};
