import type { RuleDefinition } from '../rule.ts';
import { rowRule, validDate } from '../shared-400-plus.ts';

/** 570 — a missing period cannot start after 31 March. */
export const rule570: RuleDefinition = rowRule({
  code: '570',
  message:
    'The date that the child started to be missing or away from placement without authorisation is after the end of the collection year.',
  table: 'Missing',
  fields: ['MIS_START'],
  years: { from: 2023 },
  fails: (m, ctx) => validDate(m.MIS_START) && m.MIS_START > ctx.collectionEnd,
  examples: [
    {
      description: 'a start on 1 April after the year is flagged',
      year: 2025,
      current: { Missing: [{ CHILD: '1', MIS_START: '2025-04-01' }] },
      expect: { Missing: [0] },
    },
    {
      description: 'a start on 31 March passes',
      year: 2025,
      current: { Missing: [{ CHILD: '1', MIS_START: '2025-03-31' }] },
      expect: {},
    },
  ],
});
