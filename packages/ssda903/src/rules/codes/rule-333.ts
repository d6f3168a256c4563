import { eachRow } from '../each-row.ts';
import { isDate } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/**
 * 333 — when AD1 has a matching date, the date of the decision that the child should be placed for adoption
 * (DATE_INT) must be present and on or before it.
 */
export const rule333: RuleDefinition = {
  code: '333',
  message: 'Date should be placed for adoption must be on or prior to the date of matching child with adopter(s).',
  tables: ['AD1'],
  fields: ['DATE_INT'],
  years: { from: 2023 },
  needsTables: ['AD1'],
  ...eachRow('AD1', (a) => isDate(a.DATE_MATCH) && (!isDate(a.DATE_INT) || a.DATE_INT > a.DATE_MATCH)),
  examples: [
    {
      description: 'a decision after the match, and a match without a decision date, are flagged',
      current: {
        AD1: [
          { CHILD: '1', DATE_INT: '2020-06-03', DATE_MATCH: '2020-06-01' },
          { CHILD: '2', DATE_INT: '', DATE_MATCH: '2020-06-05' },
        ],
      },
      expect: { AD1: [0, 1] },
    },
    {
      description: 'a decision before the match, and a decision with no match yet, pass',
      current: {
        AD1: [
          { CHILD: '1', DATE_INT: '2020-06-01', DATE_MATCH: '2020-06-05' },
          { CHILD: '2', DATE_INT: '2020-06-02', DATE_MATCH: '' },
        ],
      },
      expect: {},
    },
  ],
};
