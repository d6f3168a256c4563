import type { RuleDefinition } from '../rule.ts';
import { rowRule, validDate } from '../shared-400-plus.ts';

/** 1005 — a missing period's end date, when given, must be a real date. */
export const rule1005: RuleDefinition = rowRule({
  code: '1005',
  message:
    'The end date of the missing episode or episode that the child was away from placement without authorisation is not a valid date.',
  table: 'Missing',
  fields: ['MIS_END'],
  years: { from: 2023 },
  fails: (m) => m.MIS_END !== '' && !validDate(m.MIS_END),
  examples: [
    {
      description: 'an impossible end date is flagged',
      current: { Missing: [{ CHILD: '1', MIS_END: '13/10/21' }] },
      expect: { Missing: [0] },
    },
    {
      description: 'a blank (still missing) or real end date passes',
      current: {
        Missing: [
          { CHILD: '1', MIS_END: '' },
          { CHILD: '2', MIS_END: '2020-03-08' },
        ],
      },
      expect: {},
    },
  ],
});
