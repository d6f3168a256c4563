import { eachRow } from '../each-row.ts';
import { isDate } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/** 356 — an episode must not end before it started. */
export const rule356: RuleDefinition = {
  code: '356',
  message: 'The date the episode ceased is before the date the same episode started.',
  tables: ['Episodes'],
  fields: ['DECOM'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  ...eachRow('Episodes', (e) => isDate(e.DEC) && isDate(e.DECOM) && e.DEC < e.DECOM),
  examples: [
    {
      description: 'an episode ending before it started is flagged',
      current: { Episodes: [{ CHILD: '1', DECOM: '2021-03-14', DEC: '2020-12-08' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'an episode ending after it started, and an open one, pass',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2019-06-16', DEC: '2021-08-24' },
          { CHILD: '2', DECOM: '2020-10-03', DEC: '' },
        ],
      },
      expect: {},
    },
  ],
};
