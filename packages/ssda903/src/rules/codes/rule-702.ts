import type { RuleDefinition } from '../rule.ts';
import { rowRule, validDate } from '../shared-400-plus.ts';

/** 702 (from 2026/27) — a DoLO cannot end before (or on) the day it started. */
export const rule702: RuleDefinition = rowRule({
  code: '702',
  message: 'The date that the DoLO ended is before the date that it started.',
  table: 'DoLo',
  fields: ['DOLO_START'],
  years: { from: 2027 },
  fails: (d) => validDate(d.DOLO_START) && validDate(d.DOLO_END) && d.DOLO_END <= d.DOLO_START,
  examples: [
    {
      description: 'an end before or on the start date is flagged',
      current: {
        DoLo: [
          { CHILD: '1', DOLO_START: '2026-05-02', DOLO_END: '2026-05-01' },
          { CHILD: '2', DOLO_START: '2026-05-01', DOLO_END: '2026-05-01' },
        ],
      },
      expect: { DoLo: [0, 1] },
    },
    {
      description: 'a later end, or no end, passes',
      current: {
        DoLo: [
          { CHILD: '1', DOLO_START: '2026-05-01', DOLO_END: '2026-05-02' },
          { CHILD: '2', DOLO_START: '2026-05-01', DOLO_END: '' },
        ],
      },
      expect: {},
    },
  ],
});
