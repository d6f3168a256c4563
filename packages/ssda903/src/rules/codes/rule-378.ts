import { eachRow } from '../each-row.ts';
import type { RuleDefinition } from '../rule.ts';

/** 378 — a child placed with parents (P1) cannot be accommodated under section 20 (LS V2). */
export const rule378: RuleDefinition = {
  code: '378',
  message:
    'A child who is placed with parent(s) cannot be looked after under a single period of accommodation under Section 20 of the Children Act 1989.',
  tables: ['Episodes'],
  fields: ['PLACE', 'LS'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  ...eachRow('Episodes', (e) => e.PLACE === 'P1' && e.LS === 'V2'),
  examples: [
    {
      description: 'P1 with V2 is flagged',
      current: { Episodes: [{ CHILD: '1', PLACE: 'P1', LS: 'V2' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'P1 with C2, and A6 with V2, pass',
      current: {
        Episodes: [
          { CHILD: '1', PLACE: 'P1', LS: 'C2' },
          { CHILD: '2', PLACE: 'A6', LS: 'V2' },
        ],
      },
      expect: {},
    },
  ],
};
