import type { RuleDefinition } from '../rule.ts';
import { rowRule, validDate } from '../shared-400-plus.ts';

/** 567 — a missing period cannot end before it started. */
export const rule567: RuleDefinition = rowRule({
  code: '567',
  message:
    'The date that the missing episode or episode that the child was away from placement without authorisation ended is before the date that it started.',
  table: 'Missing',
  fields: ['MIS_START', 'MIS_END'],
  years: { from: 2023 },
  fails: (m) => validDate(m.MIS_START) && validDate(m.MIS_END) && m.MIS_START > m.MIS_END,
  examples: [
    {
      description: 'an end before the start is flagged',
      current: { Missing: [{ CHILD: '1', MIS_START: '2020-06-03', MIS_END: '2020-06-01' }] },
      expect: { Missing: [0] },
    },
    {
      description: 'an end on the start date passes',
      current: { Missing: [{ CHILD: '1', MIS_START: '2020-06-01', MIS_END: '2020-06-01' }] },
      expect: {},
    },
  ],
});
