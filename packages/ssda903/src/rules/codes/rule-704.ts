import type { RuleDefinition } from '../rule.ts';
import { rowRule, validDate } from '../shared-400-plus.ts';

/** 704 (from 2026/27) — a DoLO end date falls inside the collection year. */
export const rule704: RuleDefinition = rowRule({
  code: '704',
  message: 'The date that the DoLO ended is before the start or after the end of the collection year.',
  table: 'DoLo',
  fields: ['DOLO_END'],
  years: { from: 2027 },
  fails: (d, ctx) => validDate(d.DOLO_END) && (d.DOLO_END < ctx.collectionStart || d.DOLO_END > ctx.collectionEnd),
  examples: [
    {
      description: 'an end outside the year is flagged',
      current: {
        DoLo: [
          { CHILD: '1', DOLO_END: '2026-03-31' },
          { CHILD: '2', DOLO_END: '2027-04-01' },
        ],
      },
      expect: { DoLo: [0, 1] },
    },
    {
      description: 'ends on the first and last days of the year pass',
      current: {
        DoLo: [
          { CHILD: '1', DOLO_END: '2026-04-01' },
          { CHILD: '2', DOLO_END: '2027-03-31' },
        ],
      },
      expect: {},
    },
  ],
});
