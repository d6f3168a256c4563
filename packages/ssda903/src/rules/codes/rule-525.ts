import type { RuleDefinition } from '../rule.ts';
import { flagJoinedByChild } from '../shared-400-plus.ts';

/** 525 — a child whose decision to place for adoption was reversed cannot have adoption (AD1) details. */
export const rule525: RuleDefinition = {
  code: '525',
  message:
    'A child for whom the decision to be placed for adoption has been reversed cannot be adopted during the year.',
  tables: ['PlacedAdoption', 'AD1'],
  fields: ['DATE_PLACED_CEASED', 'DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'],
  years: { from: 2023 },
  needsTables: ['PlacedAdoption', 'AD1'],
  check: (ctx) =>
    flagJoinedByChild(
      ctx,
      'PlacedAdoption',
      'AD1',
      (p, a) =>
        p.DATE_PLACED_CEASED !== '' &&
        (a.DATE_INT !== '' ||
          a.DATE_MATCH !== '' ||
          a.FOSTER_CARE !== '' ||
          a.NB_ADOPTR !== '' ||
          a.SEX_ADOPTR !== '' ||
          a.LS_ADOPTR !== ''),
    ),
  examples: [
    {
      description: 'a reversed decision with adoption details flags both rows',
      current: {
        PlacedAdoption: [{ CHILD: '1', DATE_PLACED_CEASED: '2020-06-22' }],
        AD1: [{ CHILD: '1', DATE_MATCH: '2020-05-01' }],
      },
      expect: { PlacedAdoption: [0], AD1: [0] },
    },
    {
      description: 'a decision still in force, or an AD1 row with nothing filled, passes',
      current: {
        PlacedAdoption: [
          { CHILD: '1', DATE_PLACED_CEASED: '' },
          { CHILD: '2', DATE_PLACED_CEASED: '2020-06-22' },
        ],
        AD1: [
          { CHILD: '1', DATE_INT: '2020-01-01' },
          { CHILD: '2', DATE_INT: '' },
        ],
      },
      expect: {},
    },
  ],
};
