import { eachRow } from '../each-row.ts';
import type { RuleDefinition } from '../rule.ts';
import { SHORT_BREAK_STATUSES } from '../shared-200-399.ts';

/** 384 — a short-break episode (LS V3/V4) cannot be a long-term foster placement (U1, U4). */
export const rule384: RuleDefinition = {
  code: '384',
  message: 'A child receiving respite care cannot be in a long-term foster placement ',
  tables: ['Episodes'],
  fields: ['PLACE', 'LS'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  ...eachRow('Episodes', (e) => SHORT_BREAK_STATUSES.has(e.LS) && (e.PLACE === 'U1' || e.PLACE === 'U4')),
  examples: [
    {
      description: 'V4 in U1 and V3 in U4 are flagged',
      current: {
        Episodes: [
          { CHILD: '1', LS: 'V4', PLACE: 'U1' },
          { CHILD: '2', LS: 'V3', PLACE: 'U4' },
        ],
      },
      expect: { Episodes: [0, 1] },
    },
    {
      description: 'V3 in P1, and C2 in U1, pass',
      current: {
        Episodes: [
          { CHILD: '1', LS: 'V3', PLACE: 'P1' },
          { CHILD: '2', LS: 'C2', PLACE: 'U1' },
        ],
      },
      expect: {},
    },
  ],
};
