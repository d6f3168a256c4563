import { eachRow } from '../each-row.ts';
import type { RuleDefinition } from '../rule.ts';
import { validDate } from '../shared-400-plus.ts';

/** 446 — legal status E1 (placement order) is invalid for episodes starting before December 2005. */
export const rule446: RuleDefinition = {
  code: '446',
  message: 'E1 is not a valid code for episodes starting before December 2005.',
  tables: ['Episodes'],
  fields: ['LS', 'DECOM'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  ...eachRow('Episodes', (e) => e.LS === 'E1' && validDate(e.DECOM) && e.DECOM < '2005-12-01'),
  examples: [
    {
      description: 'E1 starting in November 2005 is flagged',
      current: { Episodes: [{ CHILD: '1', LS: 'E1', DECOM: '2005-11-30' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'E1 starting on 1 December 2005 passes',
      current: { Episodes: [{ CHILD: '1', LS: 'E1', DECOM: '2005-12-01' }] },
      expect: {},
    },
  ],
};
