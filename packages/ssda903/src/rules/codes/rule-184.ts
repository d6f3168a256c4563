import { dayOf, flagRows, headerByChild } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/**
 * 184 — the decision to place for adoption (DATE_PLACED) cannot be before the child was born. The child's
 * Header DOB is used (the row's own DOB when the child has no Header row). The sector's validator compares
 * with the PlacedAdoption row's DOB only; INT12 reports rows where the two differ.
 */
export const rule184: RuleDefinition = {
  code: '184',
  message: 'Date of decision that a child should be placed for adoption is before the child was born.',
  tables: ['PlacedAdoption'],
  fields: ['DATE_PLACED', 'DOB'],
  years: { from: 2023 },
  needsTables: ['Header', 'PlacedAdoption'],
  check: (ctx) => {
    const header = headerByChild(ctx);
    return {
      PlacedAdoption: flagRows(ctx.current.PlacedAdoption, (r) => {
        const placed = dayOf(r.DATE_PLACED);
        const born = dayOf(header.get(r.CHILD)?.DOB ?? r.DOB);
        return placed !== null && born !== null && placed < born;
      }),
    };
  },
  examples: [
    {
      description: 'a decision the year before the Header DOB is flagged',
      current: {
        Header: [{ CHILD: '1', DOB: '2019-03-10' }],
        PlacedAdoption: [{ CHILD: '1', DOB: '2019-03-10', DATE_PLACED: '2019-02-10' }],
      },
      expect: { PlacedAdoption: [0] },
    },
    {
      description: 'a decision on or after birth passes, as does a blank date',
      current: {
        Header: [{ CHILD: '1', DOB: '2017-10-01' }],
        PlacedAdoption: [
          { CHILD: '1', DOB: '2017-10-01', DATE_PLACED: '2017-10-01' },
          { CHILD: '1', DOB: '2017-10-01', DATE_PLACED: '' },
        ],
      },
      expect: {},
    },
  ],
};
