import { eachRow } from '../each-row.ts';
import { invalidDate } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/** 116 — DATE_PLACED_CEASED, when given, must be a real date. */
export const rule116: RuleDefinition = {
  code: '116',
  message:
    "Date of Local Authority's (LA) decision that a child should no longer be placed for adoption is not a valid date.",
  tables: ['PlacedAdoption'],
  fields: ['DATE_PLACED_CEASED'],
  years: { from: 2023 },
  needsTables: ['PlacedAdoption'],
  ...eachRow('PlacedAdoption', invalidDate('DATE_PLACED_CEASED')),
  examples: [
    {
      description: 'an impossible date and a two-digit year are flagged',
      current: {
        PlacedAdoption: [
          { CHILD: '1', DATE_PLACED_CEASED: '38/04/2019' },
          { CHILD: '2', DATE_PLACED_CEASED: '01/01/19' },
        ],
      },
      expect: { PlacedAdoption: [0, 1] },
    },
    {
      description: 'a real date and a blank pass',
      current: {
        PlacedAdoption: [
          { CHILD: '1', DATE_PLACED_CEASED: '2019-04-08' },
          { CHILD: '2', DATE_PLACED_CEASED: '' },
        ],
      },
      expect: {},
    },
  ],
};
