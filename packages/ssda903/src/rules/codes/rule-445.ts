import { eachRow } from '../each-row.ts';
import type { RuleDefinition } from '../rule.ts';
import { validDate } from '../shared-400-plus.ts';

/** 445 (to 2023/24) — legal status D1 (freeing order) is invalid for episodes starting after December 2005. */
export const rule445: RuleDefinition = {
  code: '445',
  message: 'D1 is not a valid code for episodes starting after December 2005.',
  tables: ['Episodes'],
  fields: ['LS', 'DECOM'],
  years: { from: 2023, to: 2024 },
  needsTables: ['Episodes'],
  ...eachRow('Episodes', (e) => e.LS === 'D1' && validDate(e.DECOM) && e.DECOM > '2005-12-31'),
  examples: [
    {
      description: 'D1 starting in January 2006 is flagged',
      current: { Episodes: [{ CHILD: '1', LS: 'D1', DECOM: '2006-01-20' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'D1 starting on 31 December 2005 passes',
      current: { Episodes: [{ CHILD: '1', LS: 'D1', DECOM: '2005-12-31' }] },
      expect: {},
    },
  ],
};
