import { eachRow } from '../each-row.ts';
import { invalidDate } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/** 102 — DOB must be a real date (blank is invalid). */
export const rule102: RuleDefinition = {
  code: '102',
  message: 'Date of birth is not a valid date.',
  tables: ['Header'],
  fields: ['DOB'],
  years: { from: 2023 },
  needsTables: ['Header'],
  ...eachRow('Header', invalidDate('DOB', { blankIsInvalid: true })),
  examples: [
    {
      description: 'an impossible date and a blank are flagged',
      current: {
        Header: [
          { CHILD: '1', DOB: '38/04/2019' },
          { CHILD: '2', DOB: '' },
        ],
      },
      expect: { Header: [0, 1] },
    },
    {
      description: 'a real date passes',
      current: { Header: [{ CHILD: '1', DOB: '2019-04-08' }] },
      expect: {},
    },
  ],
};
