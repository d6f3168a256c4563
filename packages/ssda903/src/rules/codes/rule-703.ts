import type { RuleDefinition } from '../rule.ts';
import { rowRule, validDate } from '../shared-400-plus.ts';

/** 703 (from 2026/27) — a DoLO cannot start after 31 March. */
export const rule703: RuleDefinition = rowRule({
  code: '703',
  message: 'The date that the DoLO started is after the end of the collection year.',
  table: 'DoLo',
  fields: ['DOLO_START'],
  years: { from: 2027 },
  fails: (d, ctx) => validDate(d.DOLO_START) && d.DOLO_START > ctx.collectionEnd,
  examples: [
    {
      description: 'a start on 1 April after the year is flagged',
      current: { DoLo: [{ CHILD: '1', DOLO_START: '2027-04-01' }] },
      expect: { DoLo: [0] },
    },
    {
      description: 'a start on 31 March passes',
      current: { DoLo: [{ CHILD: '1', DOLO_START: '2027-03-31' }] },
      expect: {},
    },
  ],
});
