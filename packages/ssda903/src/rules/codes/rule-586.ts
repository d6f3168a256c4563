import type { RuleDefinition } from '../rule.ts';
import { rowRule, validDate } from '../shared-400-plus.ts';

/** 586 — a missing period cannot start on or before the child's date of birth. */
export const rule586: RuleDefinition = rowRule({
  code: '586',
  message: 'Dates of missing periods are before child’s date of birth.',
  table: 'Missing',
  fields: ['MIS_START'],
  years: { from: 2023 },
  fails: (m) => validDate(m.MIS_START) && validDate(m.DOB) && m.MIS_START <= m.DOB,
  examples: [
    {
      description: 'a period starting on the date of birth is flagged',
      current: { Missing: [{ CHILD: '1', DOB: '2020-02-04', MIS_START: '2020-02-04' }] },
      expect: { Missing: [0] },
    },
    {
      description: 'a period after the date of birth passes',
      current: { Missing: [{ CHILD: '1', DOB: '2020-02-04', MIS_START: '2020-02-05' }] },
      expect: {},
    },
  ],
});
