import { eachRow } from '../each-row.ts';
import type { RuleDefinition } from '../rule.ts';
import { TEMPORARY_PLACEMENTS } from '../shared-200-399.ts';

/**
 * 380 — a period of care cannot start with a temporary placement: a T0–T4 episode must be a change of
 * placement (RNE P or B).
 */
export const rule380: RuleDefinition = {
  code: '380',
  message: 'A period of care cannot start with a temporary placement.',
  tables: ['Episodes'],
  fields: ['PLACE', 'RNE'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  ...eachRow('Episodes', (e) => TEMPORARY_PLACEMENTS.has(e.PLACE) && e.RNE !== 'P' && e.RNE !== 'B'),
  examples: [
    {
      description: 'a T0 placement with RNE S, and a T2 with RNE L, are flagged',
      current: {
        Episodes: [
          { CHILD: '1', PLACE: 'T0', RNE: 'S' },
          { CHILD: '2', PLACE: 'T2', RNE: 'L' },
        ],
      },
      expect: { Episodes: [0, 1] },
    },
    {
      description: 'a T1 placement with RNE P, and a U1 with RNE S, pass',
      current: {
        Episodes: [
          { CHILD: '1', PLACE: 'T1', RNE: 'P' },
          { CHILD: '2', PLACE: 'U1', RNE: 'S' },
        ],
      },
      expect: {},
    },
  ],
};
