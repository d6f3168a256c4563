import { eachRow } from '../each-row.ts';
import { isDate } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/** 385 — an episode must not end after the end of the collection year. */
export const rule385: RuleDefinition = {
  code: '385',
  message: 'Date episode ceased must be on or before the end of the current collection year.',
  tables: ['Episodes'],
  fields: ['DEC'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  ...eachRow('Episodes', (e, ctx) => isDate(e.DEC) && e.DEC > ctx.collectionEnd),
  examples: [
    {
      description: 'an episode ending on 1 April after the year is flagged',
      year: 2024,
      current: { Episodes: [{ CHILD: '1', DECOM: '2023-05-01', DEC: '2024-04-01' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'an episode ending on 31 March, and an open one, pass',
      year: 2024,
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2023-05-01', DEC: '2024-03-31' },
          { CHILD: '2', DECOM: '2023-05-01', DEC: '' },
        ],
      },
      expect: {},
    },
  ],
};
