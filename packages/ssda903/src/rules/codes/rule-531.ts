import type { RuleDefinition } from '../rule.ts';
import { rowRule } from '../shared-400-plus.ts';

const PLACES = new Set(['P1']);

/** 531 — voluntary provision (PR5) cannot provide a P1 placement. */
export const rule531: RuleDefinition = rowRule({
  code: '531',
  message: 'A placement provider code of PR5 cannot be associated with placements P1.',
  table: 'Episodes',
  fields: ['PLACE', 'PLACE_PROVIDER'],
  years: { from: 2023 },
  fails: (e) => e.PLACE_PROVIDER === 'PR5' && PLACES.has(e.PLACE),
  examples: [
    {
      description: 'PR5 with P1 is flagged',
      current: { Episodes: [{ CHILD: '1', PLACE: 'P1', PLACE_PROVIDER: 'PR5' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'PR5 with K2, and PR0 with P1 when allowed, pass',
      current: {
        Episodes: [
          { CHILD: '1', PLACE: 'K2', PLACE_PROVIDER: 'PR5' },
          { CHILD: '2', PLACE: 'P1', PLACE_PROVIDER: 'PR0' },
        ],
      },
      expect: {},
    },
  ],
});
