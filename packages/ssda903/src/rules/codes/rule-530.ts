import type { RuleDefinition } from '../rule.ts';
import { rowRule } from '../shared-400-plus.ts';

const PLACES = new Set(['P1']);

/** 530 — private provision (PR4) cannot provide a P1 placement. */
export const rule530: RuleDefinition = rowRule({
  code: '530',
  message: 'A placement provider code of PR4 cannot be associated with placement P1.',
  table: 'Episodes',
  fields: ['PLACE', 'PLACE_PROVIDER'],
  years: { from: 2023 },
  fails: (e) => e.PLACE_PROVIDER === 'PR4' && PLACES.has(e.PLACE),
  examples: [
    {
      description: 'PR0 with P1 is flagged',
      current: { Episodes: [{ CHILD: '1', PLACE: 'P1', PLACE_PROVIDER: 'PR4' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'PR0 with K2, and PR4 with P1 when allowed, pass',
      current: {
        Episodes: [
          { CHILD: '1', PLACE: 'K2', PLACE_PROVIDER: 'PR4' },
          { CHILD: '2', PLACE: 'P1', PLACE_PROVIDER: 'PR0' },
        ],
      },
      expect: {},
    },
  ],
});
