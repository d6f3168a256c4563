import type { RuleDefinition } from '../rule.ts';
import { rowRule, validDate } from '../shared-400-plus.ts';

/** 701 (from 2026/27) — the end date of a DoLO, when given, is a real date. */
export const rule701: RuleDefinition = rowRule({
  code: '701',
  message: 'The end date of the DoLO is not a valid date.',
  table: 'DoLo',
  fields: ['DOLO_START'],
  years: { from: 2027 },
  fails: (d) => d.DOLO_END !== '' && !validDate(d.DOLO_END),
  examples: [
    {
      description: 'an impossible end date is flagged',
      current: { DoLo: [{ CHILD: '1', DOLO_END: '2000/12/10' }] },
      expect: { DoLo: [0] },
    },
    {
      description: 'a blank (still in force) or real end date passes',
      current: {
        DoLo: [
          { CHILD: '1', DOLO_END: '' },
          { CHILD: '2', DOLO_END: '2026-05-01' },
        ],
      },
      expect: {},
    },
  ],
});
