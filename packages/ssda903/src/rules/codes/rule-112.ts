import { eachRow } from '../each-row.ts';
import { invalidDate } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/** 112 — DATE_INT, when given, must be a real date. */
export const rule112: RuleDefinition = {
  code: '112',
  message: 'Date should be placed for adoption is not a valid date.',
  tables: ['AD1'],
  fields: ['DATE_INT'],
  years: { from: 2023 },
  needsTables: ['AD1'],
  ...eachRow('AD1', invalidDate('DATE_INT')),
  examples: [
    {
      description: 'an impossible date and a two-digit year are flagged',
      current: {
        AD1: [
          { CHILD: '1', DATE_INT: '38/04/2019' },
          { CHILD: '2', DATE_INT: '01/01/19' },
        ],
      },
      expect: { AD1: [0, 1] },
    },
    {
      description: 'a real date and a blank pass',
      current: {
        AD1: [
          { CHILD: '1', DATE_INT: '2019-04-08' },
          { CHILD: '2', DATE_INT: '' },
        ],
      },
      expect: {},
    },
  ],
};
