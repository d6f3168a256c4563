import type { RuleDefinition } from '../rule.ts';
import { rowRule, validDate } from '../shared-400-plus.ts';

/** 522 — a decision to place for adoption cannot be reversed before it was made. */
export const rule522: RuleDefinition = rowRule({
  code: '522',
  message:
    'Date of decision that the child should be placed for adoption must be on or before the date that a child should no longer be placed for adoption.',
  table: 'PlacedAdoption',
  fields: ['DATE_PLACED', 'DATE_PLACED_CEASED'],
  years: { from: 2023 },
  fails: (p) => validDate(p.DATE_PLACED) && validDate(p.DATE_PLACED_CEASED) && p.DATE_PLACED_CEASED < p.DATE_PLACED,
  examples: [
    {
      description: 'a reversal before the decision is flagged',
      current: { PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '2003-02-01', DATE_PLACED_CEASED: '2000-05-26' }] },
      expect: { PlacedAdoption: [0] },
    },
    {
      description: 'a reversal on the decision date passes',
      current: { PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '2000-05-26', DATE_PLACED_CEASED: '2000-05-26' }] },
      expect: {},
    },
  ],
});
