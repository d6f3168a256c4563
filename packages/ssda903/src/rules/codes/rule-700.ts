import type { RuleDefinition } from '../rule.ts';
import { rowRule, validDate } from '../shared-400-plus.ts';

/** 700 (from 2026/27) — the start date of a deprivation of liberty order (DoLO) is a real date. */
export const rule700: RuleDefinition = rowRule({
  code: '700',
  message: 'The start date of the DoLO is not a valid date.',
  table: 'DoLo',
  fields: ['DOLO_START'],
  years: { from: 2027 },
  fails: (d) => !validDate(d.DOLO_START),
  examples: [
    {
      description: 'a blank or impossible start date is flagged',
      current: {
        DoLo: [
          { CHILD: '1', DOLO_START: '' },
          { CHILD: '2', DOLO_START: '2000/12/10' },
        ],
      },
      expect: { DoLo: [0, 1] },
    },
    {
      description: 'a real start date passes',
      current: { DoLo: [{ CHILD: '1', DOLO_START: '2026-05-01' }] },
      expect: {},
    },
  ],
});
