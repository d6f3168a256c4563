import type { RuleDefinition } from '../rule.ts';
import { rowRule } from '../shared-400-plus.ts';

/** 611 — a child who is a mother needs the date of birth of her first child. */
export const rule611: RuleDefinition = rowRule({
  code: '611',
  message: 'Date of birth field is blank, but child is a mother.',
  table: 'Header',
  fields: ['MOTHER', 'MC_DOB'],
  years: { from: 2023 },
  fails: (h) => h.MOTHER === '1' && h.MC_DOB === '',
  examples: [
    {
      description: 'MOTHER 1 without MC_DOB is flagged',
      current: { Header: [{ CHILD: '1', MOTHER: '1', MC_DOB: '' }] },
      expect: { Header: [0] },
    },
    {
      description: 'MOTHER 1 with MC_DOB passes',
      current: { Header: [{ CHILD: '1', MOTHER: '1', MC_DOB: '2021-01-01' }] },
      expect: {},
    },
  ],
});
