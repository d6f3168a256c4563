import type { RuleDefinition } from '../rule.ts';
import { rowRule, validDate } from '../shared-400-plus.ts';

/** 621 — a mother's first child must be born after the mother. */
export const rule621: RuleDefinition = rowRule({
  code: '621',
  message: 'Mother’s field has been completed but date of birth shows that the mother is younger than her child.',
  table: 'Header',
  fields: ['DOB', 'MC_DOB'],
  years: { from: 2023 },
  fails: (h) => validDate(h.MC_DOB) && !(validDate(h.DOB) && h.MC_DOB > h.DOB),
  examples: [
    {
      description: 'a child born on the mother’s date of birth is flagged',
      current: { Header: [{ CHILD: '1', DOB: '2019-01-31', MC_DOB: '2019-01-31' }] },
      expect: { Header: [0] },
    },
    {
      description: 'a child born after the mother, or no MC_DOB, passes',
      current: {
        Header: [
          { CHILD: '1', DOB: '2019-01-31', MC_DOB: '2019-02-01' },
          { CHILD: '2', DOB: '2019-01-31', MC_DOB: '' },
        ],
      },
      expect: {},
    },
  ],
});
