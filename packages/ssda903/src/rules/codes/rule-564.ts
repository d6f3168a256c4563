import type { RuleDefinition } from '../rule.ts';
import { rowRule } from '../shared-400-plus.ts';

/** 564 — a missing or away period needs its start date. */
export const rule564: RuleDefinition = rowRule({
  code: '564',
  message: 'Child was missing or away from placement without authorisation and the date started is blank.',
  table: 'Missing',
  fields: ['MISSING', 'MIS_START'],
  years: { from: 2023 },
  fails: (m) => (m.MISSING === 'M' || m.MISSING === 'A') && m.MIS_START === '',
  examples: [
    {
      description: 'a missing period with no start date is flagged',
      current: { Missing: [{ CHILD: '1', MISSING: 'M', MIS_START: '' }] },
      expect: { Missing: [0] },
    },
    {
      description: 'a missing period with a start date passes',
      current: { Missing: [{ CHILD: '1', MISSING: 'A', MIS_START: '2020-02-07' }] },
      expect: {},
    },
  ],
});
