import { addYears } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';
import { rowRule, validDate } from '../shared-400-plus.ts';

/** 620 — a mother must be at least 11 at the start of the collection year. */
export const rule620: RuleDefinition = rowRule({
  code: '620',
  message: 'Child has been recorded as a mother, but date of birth shows that the mother is under 11 years of age.',
  table: 'Header',
  fields: ['DOB', 'MOTHER'],
  years: { from: 2023 },
  fails: (h, ctx) => h.MOTHER === '1' && validDate(h.DOB) && addYears(h.DOB, 11) > ctx.collectionStart,
  examples: [
    {
      description: 'a mother turning 11 after 1 April is flagged',
      year: 2025,
      current: { Header: [{ CHILD: '1', MOTHER: '1', DOB: '2013-04-02' }] },
      expect: { Header: [0] },
    },
    {
      description: 'a mother who turned 11 on 1 April passes',
      year: 2025,
      current: { Header: [{ CHILD: '1', MOTHER: '1', DOB: '2013-04-01' }] },
      expect: {},
    },
  ],
});
