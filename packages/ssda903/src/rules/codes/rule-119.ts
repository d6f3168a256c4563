import { eachRow } from '../each-row.ts';
import type { RuleDefinition } from '../rule.ts';

/** 119 — DATE_PLACED_CEASED and REASON_PLACED_CEASED come together: both given or both blank. */
export const rule119: RuleDefinition = {
  code: '119',
  message:
    'If the decision is made that a child should no longer be placed for adoption, then the date of this decision and the reason why this decision was made must be completed.',
  tables: ['PlacedAdoption'],
  fields: ['REASON_PLACED_CEASED', 'DATE_PLACED_CEASED'],
  years: { from: 2023 },
  needsTables: ['PlacedAdoption'],
  ...eachRow('PlacedAdoption', (r) => (r.DATE_PLACED_CEASED === '') !== (r.REASON_PLACED_CEASED === '')),
  examples: [
    {
      description: 'a date without a reason, and a reason without a date, are flagged',
      current: {
        PlacedAdoption: [
          { CHILD: '1', DATE_PLACED_CEASED: '2025-06-01', REASON_PLACED_CEASED: '' },
          { CHILD: '2', DATE_PLACED_CEASED: '', REASON_PLACED_CEASED: 'RD1' },
        ],
      },
      expect: { PlacedAdoption: [0, 1] },
    },
    {
      description: 'both given or both blank pass',
      current: {
        PlacedAdoption: [
          { CHILD: '1', DATE_PLACED_CEASED: '2025-06-01', REASON_PLACED_CEASED: 'RD1' },
          { CHILD: '2', DATE_PLACED_CEASED: '', REASON_PLACED_CEASED: '' },
        ],
      },
      expect: {},
    },
  ],
};
