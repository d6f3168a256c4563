import type { RuleDefinition } from '../rule.ts';
import { flagJoinedByChild, validDate } from '../shared-400-plus.ts';

/** 523 — the decision to place for adoption (PlacedAdoption) and the "should be placed" date (AD1) must agree. */
export const rule523: RuleDefinition = {
  code: '523',
  message:
    'Date of decision that the child should be placed for adoption should be the same date as the decision that adoption is in the best interest (date should be placed).',
  tables: ['PlacedAdoption', 'AD1'],
  fields: ['DATE_PLACED', 'DATE_INT'],
  years: { from: 2023 },
  needsTables: ['PlacedAdoption', 'AD1'],
  check: (ctx) =>
    flagJoinedByChild(
      ctx,
      'PlacedAdoption',
      'AD1',
      (p, a) => validDate(p.DATE_PLACED) && validDate(a.DATE_INT) && p.DATE_PLACED !== a.DATE_INT,
    ),
  examples: [
    {
      description: 'different dates flag both rows',
      current: {
        PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '2020-06-22' }],
        AD1: [{ CHILD: '1', DATE_INT: '2020-07-22' }],
      },
      expect: { PlacedAdoption: [0], AD1: [0] },
    },
    {
      description: 'the same date, or a blank date, passes',
      current: {
        PlacedAdoption: [
          { CHILD: '1', DATE_PLACED: '2020-03-08' },
          { CHILD: '2', DATE_PLACED: '' },
        ],
        AD1: [
          { CHILD: '1', DATE_INT: '2020-03-08' },
          { CHILD: '2', DATE_INT: '2020-03-08' },
        ],
      },
      expect: {},
    },
  ],
};
