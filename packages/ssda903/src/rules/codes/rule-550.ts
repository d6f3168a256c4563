import type { RuleDefinition } from '../rule.ts';
import { rowRule } from '../shared-400-plus.ts';

/** 550 — provider PR0 (parents) is only used with placement P1. */
export const rule550: RuleDefinition = rowRule({
  code: '550',
  message: 'A placement provider code of PR0 can only be associated with placement P1.',
  table: 'Episodes',
  fields: ['PLACE', 'PLACE_PROVIDER'],
  years: { from: 2023 },
  fails: (e) => e.PLACE_PROVIDER === 'PR0' && e.PLACE !== 'P1',
  examples: [
    {
      description: 'PR0 with T3 is flagged',
      current: { Episodes: [{ CHILD: '1', PLACE: 'T3', PLACE_PROVIDER: 'PR0' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'PR0 with P1 passes',
      current: { Episodes: [{ CHILD: '1', PLACE: 'P1', PLACE_PROVIDER: 'PR0' }] },
      expect: {},
    },
  ],
});
