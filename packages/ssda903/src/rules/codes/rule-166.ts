import { eachRow } from '../each-row.ts';
import { invalidDate } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/** 166 — REVIEW must be a real date; blank is invalid. */
export const rule166: RuleDefinition = {
  code: '166',
  message: 'Date of review is invalid or blank.',
  tables: ['Reviews'],
  fields: ['REVIEW'],
  years: { from: 2023 },
  needsTables: ['Reviews'],
  ...eachRow('Reviews', invalidDate('REVIEW', { blankIsInvalid: true })),
  examples: [
    {
      description: 'an impossible date and a blank are flagged',
      current: {
        Reviews: [
          { CHILD: '1', REVIEW: '38/04/2019' },
          { CHILD: '2', REVIEW: '' },
        ],
      },
      expect: { Reviews: [0, 1] },
    },
    {
      description: 'a real date passes',
      current: { Reviews: [{ CHILD: '1', REVIEW: '2025-04-08' }] },
      expect: {},
    },
  ],
};
