import { eachRow } from '../each-row.ts';
import { invalidDate } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/** 171 — MC_DOB, when given, must be a real date. */
export const rule171: RuleDefinition = {
  code: '171',
  message: "Date of birth of mother's child is not a valid date.",
  tables: ['Header'],
  fields: ['MC_DOB'],
  years: { from: 2023 },
  needsTables: ['Header'],
  ...eachRow('Header', invalidDate('MC_DOB')),
  examples: [
    {
      description: 'an impossible date and a two-digit year are flagged',
      current: {
        Header: [
          { CHILD: '1', MC_DOB: '38/04/2019' },
          { CHILD: '2', MC_DOB: '01/01/19' },
        ],
      },
      expect: { Header: [0, 1] },
    },
    {
      description: 'a real date and a blank pass',
      current: {
        Header: [
          { CHILD: '1', MC_DOB: '2019-04-08' },
          { CHILD: '2', MC_DOB: '' },
        ],
      },
      expect: {},
    },
  ],
};
