import type { RuleDefinition } from '../rule.ts';
import { rowRule, validDate } from '../shared-400-plus.ts';

/** 571 — a missing period must end inside the collection year. */
export const rule571: RuleDefinition = rowRule({
  code: '571',
  message:
    'The date that the child ceased to be missing or away from placement without authorisation is before the start or after the end of the collection year.',
  table: 'Missing',
  fields: ['MIS_END'],
  years: { from: 2023 },
  fails: (m, ctx) => validDate(m.MIS_END) && (m.MIS_END < ctx.collectionStart || m.MIS_END > ctx.collectionEnd),
  examples: [
    {
      description: 'ends before 1 April and after 31 March are flagged',
      year: 2025,
      current: {
        Missing: [
          { CHILD: '1', MIS_END: '2024-03-31' },
          { CHILD: '2', MIS_END: '2025-04-01' },
        ],
      },
      expect: { Missing: [0, 1] },
    },
    {
      description: 'ends on the first and last days of the year pass',
      year: 2025,
      current: {
        Missing: [
          { CHILD: '1', MIS_END: '2024-04-01' },
          { CHILD: '2', MIS_END: '2025-03-31' },
        ],
      },
      expect: {},
    },
  ],
});
