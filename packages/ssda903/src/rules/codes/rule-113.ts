import { eachRow } from '../each-row.ts';
import { invalidDate } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/** 113 — DATE_MATCH, when given, must be a real date. */
export const rule113: RuleDefinition = {
  code: '113',
  message: 'Date matching child and adopter(s) is not a valid date.',
  tables: ['AD1'],
  fields: ['DATE_MATCH'],
  years: { from: 2023 },
  needsTables: ['AD1'],
  ...eachRow('AD1', invalidDate('DATE_MATCH')),
  examples: [
    {
      description: 'an impossible date and a two-digit year are flagged',
      current: {
        AD1: [
          { CHILD: '1', DATE_MATCH: '38/04/2019' },
          { CHILD: '2', DATE_MATCH: '01/01/19' },
        ],
      },
      expect: { AD1: [0, 1] },
    },
    {
      description: 'a real date and a blank pass',
      current: {
        AD1: [
          { CHILD: '1', DATE_MATCH: '2019-04-08' },
          { CHILD: '2', DATE_MATCH: '' },
        ],
      },
      expect: {},
    },
  ],
};
