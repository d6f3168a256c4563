import { eachRow } from '../each-row.ts';
import { invalidDate } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/** 141 — DECOM, when given, must be a real date. */
export const rule141: RuleDefinition = {
  code: '141',
  message: 'Date episode began is not a valid date.',
  tables: ['Episodes'],
  fields: ['DECOM'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  ...eachRow('Episodes', invalidDate('DECOM')),
  examples: [
    {
      description: 'an impossible date and a two-digit year are flagged',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '38/04/2019' },
          { CHILD: '2', DECOM: '01/01/19' },
        ],
      },
      expect: { Episodes: [0, 1] },
    },
    {
      description: 'a real date and a blank pass',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2019-04-08' },
          { CHILD: '2', DECOM: '' },
        ],
      },
      expect: {},
    },
  ],
};
