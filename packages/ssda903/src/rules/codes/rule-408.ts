import { eachRow } from '../each-row.ts';
import type { RuleDefinition } from '../rule.ts';

/** 408 — placed for adoption with a placement order (A5/A6) needs legal status E1. */
export const rule408: RuleDefinition = {
  code: '408',
  message: 'Child is placed for adoption with a placement order, but no placement order has been recorded.',
  tables: ['Episodes'],
  fields: ['PLACE', 'LS'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  ...eachRow('Episodes', (e) => (e.PLACE === 'A5' || e.PLACE === 'A6') && e.LS !== 'E1'),
  examples: [
    {
      description: 'A5 without a placement order is flagged, even when LS is blank',
      current: {
        Episodes: [
          { CHILD: '1', PLACE: 'A5', LS: 'C2' },
          { CHILD: '2', PLACE: 'A6', LS: '' },
        ],
      },
      expect: { Episodes: [0, 1] },
    },
    {
      description: 'A6 with E1 passes',
      current: { Episodes: [{ CHILD: '1', PLACE: 'A6', LS: 'E1' }] },
      expect: {},
    },
  ],
};
