import { eachRow } from '../each-row.ts';
import type { RuleDefinition } from '../rule.ts';
import { TEMPORARY_PLACEMENTS } from '../shared-200-399.ts';

/** 381 — a period of care cannot end with a temporary placement: a T0–T4 episode may only end with REC X1. */
export const rule381: RuleDefinition = {
  code: '381',
  message: 'A period of care cannot end with a temporary placement.',
  tables: ['Episodes'],
  fields: ['PLACE', 'REC'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  ...eachRow('Episodes', (e) => TEMPORARY_PLACEMENTS.has(e.PLACE) && e.REC !== 'X1' && e.REC !== ''),
  examples: [
    {
      description: 'a T0 placement ending with E13 is flagged',
      current: { Episodes: [{ CHILD: '1', PLACE: 'T0', REC: 'E13' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'a T3 ending X1, and an open T2, pass',
      current: {
        Episodes: [
          { CHILD: '1', PLACE: 'T3', REC: 'X1' },
          { CHILD: '2', PLACE: 'T2', REC: '' },
        ],
      },
      expect: {},
    },
  ],
};
