import { eachRow } from '../each-row.ts';
import { invalidDate } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/** 147 — DEC, when given, must be a real date. */
export const rule147: RuleDefinition = {
  code: '147',
  message: 'Date episode ceased is not a valid date.',
  tables: ['Episodes'],
  fields: ['DEC'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  ...eachRow('Episodes', invalidDate('DEC')),
  examples: [
    {
      description: 'an impossible date and a two-digit year are flagged',
      current: {
        Episodes: [
          { CHILD: '1', DEC: '38/04/2019' },
          { CHILD: '2', DEC: '01/01/19' },
        ],
      },
      expect: { Episodes: [0, 1] },
    },
    {
      description: 'a real date and a blank pass',
      current: {
        Episodes: [
          { CHILD: '1', DEC: '2019-04-08' },
          { CHILD: '2', DEC: '' },
        ],
      },
      expect: {},
    },
  ],
};
