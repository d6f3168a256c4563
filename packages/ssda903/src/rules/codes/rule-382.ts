import { eachRow } from '../each-row.ts';
import type { RuleDefinition } from '../rule.ts';
import { SHORT_BREAK_STATUSES, TEMPORARY_PLACEMENTS } from '../shared-200-399.ts';

/** 382 — a short-break episode (LS V3/V4) cannot be in a temporary placement (T0–T4). */
export const rule382: RuleDefinition = {
  code: '382',
  message: 'A child receiving respite care cannot be in a temporary placement.',
  tables: ['Episodes'],
  fields: ['LS', 'PLACE'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  ...eachRow('Episodes', (e) => SHORT_BREAK_STATUSES.has(e.LS) && TEMPORARY_PLACEMENTS.has(e.PLACE)),
  examples: [
    {
      description: 'V3 in T0 and V4 in T3 are flagged',
      current: {
        Episodes: [
          { CHILD: '1', LS: 'V3', PLACE: 'T0' },
          { CHILD: '2', LS: 'V4', PLACE: 'T3' },
        ],
      },
      expect: { Episodes: [0, 1] },
    },
    {
      description: 'V3 in R1, and C2 in T1, pass',
      current: {
        Episodes: [
          { CHILD: '1', LS: 'V3', PLACE: 'R1' },
          { CHILD: '2', LS: 'C2', PLACE: 'T1' },
        ],
      },
      expect: {},
    },
  ],
};
