import { eachRow } from '../each-row.ts';
import type { RuleDefinition } from '../rule.ts';
import { SHORT_BREAK_STATUSES } from '../shared-200-399.ts';

/** 214 — short-break episodes (LS V3/V4) must have no placement postcode and no URN. */
export const rule214: RuleDefinition = {
  code: '214',
  message: 'Placement location information not required.',
  tables: ['Episodes'],
  fields: ['PL_POST', 'URN'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  ...eachRow('Episodes', (e) => SHORT_BREAK_STATUSES.has(e.LS) && (e.PL_POST !== '' || e.URN !== '')),
  examples: [
    {
      description: 'a V3 episode with a placement postcode and a V4 episode with a URN are flagged',
      current: {
        Episodes: [
          { CHILD: '1', LS: 'V3', PL_POST: 'M2 3RT' },
          { CHILD: '2', LS: 'V4', URN: 'SC045099' },
        ],
      },
      expect: { Episodes: [0, 1] },
    },
    {
      description: 'a V3 episode without either, and a C2 episode with both, pass',
      current: {
        Episodes: [
          { CHILD: '1', LS: 'V3' },
          { CHILD: '2', LS: 'C2', PL_POST: 'M2 3RT', URN: 'SC045099' },
        ],
      },
      expect: {},
    },
  ],
};
