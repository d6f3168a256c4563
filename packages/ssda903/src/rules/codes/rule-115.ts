import { eachRow } from '../each-row.ts';
import { invalidDate } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/** 115 — DATE_PLACED, when given, must be a real date. */
export const rule115: RuleDefinition = {
  code: '115',
  message: "Date of Local Authority's (LA) decision that a child should be placed for adoption is not a valid date.",
  tables: ['PlacedAdoption'],
  fields: ['DATE_PLACED'],
  years: { from: 2023 },
  needsTables: ['PlacedAdoption'],
  ...eachRow('PlacedAdoption', invalidDate('DATE_PLACED')),
  examples: [
    {
      description: 'an impossible date and a two-digit year are flagged',
      current: {
        PlacedAdoption: [
          { CHILD: '1', DATE_PLACED: '38/04/2019' },
          { CHILD: '2', DATE_PLACED: '01/01/19' },
        ],
      },
      expect: { PlacedAdoption: [0, 1] },
    },
    {
      description: 'a real date and a blank pass',
      current: {
        PlacedAdoption: [
          { CHILD: '1', DATE_PLACED: '2019-04-08' },
          { CHILD: '2', DATE_PLACED: '' },
        ],
      },
      expect: {},
    },
  ],
};
