import { eachRow } from '../each-row.ts';
import type { RuleDefinition } from '../rule.ts';

const PLACED_FOR_ADOPTION = new Set(['A3', 'A4', 'A5', 'A6']);

/** 390 — an episode ending in adoption (REC E11/E12) must be a placement for adoption (A3–A6). */
export const rule390: RuleDefinition = {
  code: '390',
  message: 'Reason episode ceased is adopted but child has not been previously placed for adoption.',
  tables: ['Episodes'],
  fields: ['PLACE', 'REC'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  ...eachRow('Episodes', (e) => (e.REC === 'E11' || e.REC === 'E12') && !PLACED_FOR_ADOPTION.has(e.PLACE)),
  examples: [
    {
      description: 'an adoption from a P1 placement is flagged',
      current: { Episodes: [{ CHILD: '1', PLACE: 'P1', REC: 'E11' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'an adoption from A4, and a P1 episode ending otherwise, pass',
      current: {
        Episodes: [
          { CHILD: '1', PLACE: 'A4', REC: 'E12' },
          { CHILD: '2', PLACE: 'P1', REC: 'E13' },
        ],
      },
      expect: {},
    },
  ],
};
