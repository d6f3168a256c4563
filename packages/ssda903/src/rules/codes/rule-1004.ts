import type { RuleDefinition } from '../rule.ts';
import { rowRule, validDate } from '../shared-400-plus.ts';

/** 1004 — a missing period's start date must be a real date. */
export const rule1004: RuleDefinition = rowRule({
  code: '1004',
  message:
    'The start date of the missing episode or episode that the child was away from placement without authorisation is not a valid date.',
  table: 'Missing',
  fields: ['MIS_START'],
  years: { from: 2023 },
  fails: (m) => !validDate(m.MIS_START),
  examples: [
    {
      description: 'a blank or impossible start date is flagged',
      current: {
        Missing: [
          { CHILD: '1', MIS_START: '' },
          { CHILD: '2', MIS_START: '10/24/2021' },
        ],
      },
      expect: { Missing: [0, 1] },
    },
    {
      description: 'a real start date passes',
      current: { Missing: [{ CHILD: '1', MIS_START: '2020-03-08' }] },
      expect: {},
    },
  ],
});
