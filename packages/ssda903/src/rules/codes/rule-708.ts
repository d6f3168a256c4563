import type { RuleDefinition } from '../rule.ts';
import { rowRule, validDate } from '../shared-400-plus.ts';

/** 708 (from 2026/27) — a DoLO cannot start on or before the date of birth. */
export const rule708: RuleDefinition = rowRule({
  code: '708',
  message: 'Dates of DoLOs are before child’s date of birth.',
  table: 'DoLo',
  fields: ['DOLO_START'],
  years: { from: 2027 },
  fails: (d) => validDate(d.DOLO_START) && validDate(d.DOB) && d.DOLO_START <= d.DOB,
  examples: [
    {
      description: 'a start on the date of birth is flagged',
      current: { DoLo: [{ CHILD: '1', DOB: '2010-01-01', DOLO_START: '2010-01-01' }] },
      expect: { DoLo: [0] },
    },
    {
      description: 'a start after the date of birth passes',
      current: { DoLo: [{ CHILD: '1', DOB: '2010-01-01', DOLO_START: '2010-01-02' }] },
      expect: {},
    },
  ],
});
