import type { RuleDefinition } from '../rule.ts';
import { flagJoinedByChild, validDate } from '../shared-400-plus.ts';

const ADOPTION = new Set(['A3', 'A4', 'A5', 'A6']);

/** 521 — the decision that adoption is in the child's interest must be on or before each adoption placement. */
export const rule521: RuleDefinition = {
  code: '521',
  message:
    "Date of local authority's decision (LA) that adoption is in the best interests of the child (date should be placed) must be on or prior to the date the child is placed for adoption.",
  tables: ['Episodes', 'AD1'],
  fields: ['PLACE', 'DECOM', 'DATE_INT'],
  years: { from: 2023 },
  needsTables: ['Episodes', 'AD1'],
  check: (ctx) =>
    flagJoinedByChild(
      ctx,
      'Episodes',
      'AD1',
      (e, a) => ADOPTION.has(e.PLACE) && validDate(e.DECOM) && validDate(a.DATE_INT) && a.DATE_INT > e.DECOM,
    ),
  examples: [
    {
      description: 'an adoption placement before the decision flags both rows',
      current: {
        Episodes: [{ CHILD: '1', PLACE: 'A6', DECOM: '2020-01-01' }],
        AD1: [{ CHILD: '1', DATE_INT: '2020-03-08' }],
      },
      expect: { Episodes: [0], AD1: [0] },
    },
    {
      description: 'a placement on the decision date passes',
      current: {
        Episodes: [{ CHILD: '1', PLACE: 'A3', DECOM: '2020-06-22' }],
        AD1: [{ CHILD: '1', DATE_INT: '2020-06-22' }],
      },
      expect: {},
    },
  ],
};
