import { eachRow } from '../each-row.ts';
import type { RuleDefinition } from '../rule.ts';

/** 366 — each short-break (LS V3) episode is a break of its own: its RNE must be S. */
export const rule366: RuleDefinition = {
  code: '366',
  message: 'A child cannot change placement during the course of an individual short-term respite break.',
  tables: ['Episodes'],
  fields: ['RNE'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  ...eachRow('Episodes', (e) => e.LS === 'V3' && e.RNE !== 'S'),
  examples: [
    {
      description: 'a V3 episode with RNE U, and one with no RNE, are flagged',
      current: {
        Episodes: [
          { CHILD: '1', LS: 'V3', RNE: 'U' },
          { CHILD: '2', LS: 'V3', RNE: '' },
        ],
      },
      expect: { Episodes: [0, 1] },
    },
    {
      description: 'a V3 episode with RNE S, and a V4 episode with RNE T, pass',
      current: {
        Episodes: [
          { CHILD: '1', LS: 'V3', RNE: 'S' },
          { CHILD: '2', LS: 'V4', RNE: 'T' },
        ],
      },
      expect: {},
    },
  ],
};
