import type { RuleDefinition } from '../rule.ts';
import { rowRule } from '../shared-400-plus.ts';

/** 1006 — the missing type, when given, is M (missing) or A (away without authorisation). */
export const rule1006: RuleDefinition = rowRule({
  code: '1006',
  message: 'Missing type invalid.',
  table: 'Missing',
  fields: ['MISSING'],
  years: { from: 2023 },
  fails: (m) => m.MISSING !== '' && m.MISSING !== 'M' && m.MISSING !== 'A',
  examples: [
    {
      description: 'AWAY is flagged',
      current: { Missing: [{ CHILD: '1', MISSING: 'AWAY' }] },
      expect: { Missing: [0] },
    },
    {
      description: 'M, A and blank pass',
      current: {
        Missing: [
          { CHILD: '1', MISSING: 'M' },
          { CHILD: '2', MISSING: 'A' },
          { CHILD: '3', MISSING: '' },
        ],
      },
      expect: {},
    },
  ],
});
