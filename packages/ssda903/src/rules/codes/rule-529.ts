import type { RuleDefinition } from '../rule.ts';
import { rowRule } from '../shared-400-plus.ts';

const PLACES = new Set(['A3', 'A4', 'A5', 'A6', 'K1', 'K2', 'P1', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6']);

/** 529 — other public provision (PR3) cannot provide parent, adoption, children's home or foster placements. */
export const rule529: RuleDefinition = rowRule({
  code: '529',
  message:
    'Placement provider code of PR3 cannot be associated with placements P1, A3 to A6, K1, K2 and U1 to U6 as these placements cannot be provided by other public organisations.',
  table: 'Episodes',
  fields: ['PLACE', 'PLACE_PROVIDER'],
  years: { from: 2023 },
  fails: (e) => e.PLACE_PROVIDER === 'PR3' && PLACES.has(e.PLACE),
  examples: [
    {
      description: 'PR3 with U3 or A3 is flagged',
      current: {
        Episodes: [
          { CHILD: '1', PLACE: 'U3', PLACE_PROVIDER: 'PR3' },
          { CHILD: '2', PLACE: 'A3', PLACE_PROVIDER: 'PR3' },
        ],
      },
      expect: { Episodes: [0, 1] },
    },
    {
      description: 'PR3 with R2 passes',
      current: { Episodes: [{ CHILD: '1', PLACE: 'R2', PLACE_PROVIDER: 'PR3' }] },
      expect: {},
    },
  ],
});
