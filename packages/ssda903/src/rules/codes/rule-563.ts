import type { RuleDefinition } from '../rule.ts';
import { rowRule } from '../shared-400-plus.ts';

/** 563 — a reversed decision to place for adoption needs the date of the decision. */
export const rule563: RuleDefinition = rowRule({
  code: '563',
  message:
    'The child should no longer be placed for adoption but the date of the decision that the child should be placed for adoption is blank',
  table: 'PlacedAdoption',
  fields: ['DATE_PLACED', 'REASON_PLACED_CEASED', 'DATE_PLACED_CEASED'],
  years: { from: 2023 },
  fails: (p) => p.REASON_PLACED_CEASED !== '' && p.DATE_PLACED_CEASED !== '' && p.DATE_PLACED === '',
  examples: [
    {
      description: 'a reversal without the decision date is flagged',
      current: {
        PlacedAdoption: [
          { CHILD: '1', DATE_PLACED: '', DATE_PLACED_CEASED: '2001-05-26', REASON_PLACED_CEASED: 'RD1' },
        ],
      },
      expect: { PlacedAdoption: [0] },
    },
    {
      description: 'a reversal with the decision date passes',
      current: {
        PlacedAdoption: [
          { CHILD: '1', DATE_PLACED: '2000-05-26', DATE_PLACED_CEASED: '2001-05-26', REASON_PLACED_CEASED: 'RD1' },
        ],
      },
      expect: {},
    },
  ],
});
