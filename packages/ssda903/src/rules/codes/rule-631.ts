import type { RuleDefinition } from '../rule.ts';
import { rowRule } from '../shared-400-plus.ts';

const CODES = new Set(['P1', 'P2', 'P3', 'P4', 'Z1']);

/** 631 — PREV_PERM, when given, is P1–P4 or Z1. */
export const rule631: RuleDefinition = rowRule({
  code: '631',
  message: 'Previous permanence option not a valid value.',
  table: 'PrevPerm',
  fields: ['PREV_PERM'],
  years: { from: 2023 },
  fails: (p) => p.PREV_PERM !== '' && !CODES.has(p.PREV_PERM),
  examples: [
    {
      description: 'P0 is flagged',
      current: { PrevPerm: [{ CHILD: '1', PREV_PERM: 'P0' }] },
      expect: { PrevPerm: [0] },
    },
    {
      description: 'P1 and blank pass',
      current: {
        PrevPerm: [
          { CHILD: '1', PREV_PERM: 'P1' },
          { CHILD: '2', PREV_PERM: '' },
        ],
      },
      expect: {},
    },
  ],
});
