import type { RuleDefinition } from '../rule.ts';
import { rowRule } from '../shared-400-plus.ts';

const PLACES = new Set(['P1', 'R2', 'R5']);

/** 527 — own provision (PR1) cannot provide P1, R2 or R5 placements. */
export const rule527: RuleDefinition = rowRule({
  code: '527',
  message: 'A placement provider code of PR1 cannot be associated with placements P1, R2 or R5.',
  table: 'Episodes',
  fields: ['PLACE', 'PLACE_PROVIDER'],
  years: { from: 2023 },
  fails: (e) => e.PLACE_PROVIDER === 'PR1' && PLACES.has(e.PLACE),
  examples: [
    {
      description: 'PR1 with P1 is flagged',
      current: { Episodes: [{ CHILD: '1', PLACE: 'P1', PLACE_PROVIDER: 'PR1' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'PR1 with K2, and PR0 with P1 when allowed, pass',
      current: {
        Episodes: [
          { CHILD: '1', PLACE: 'K2', PLACE_PROVIDER: 'PR1' },
          { CHILD: '2', PLACE: 'P1', PLACE_PROVIDER: 'PR0' },
        ],
      },
      expect: {},
    },
  ],
});
