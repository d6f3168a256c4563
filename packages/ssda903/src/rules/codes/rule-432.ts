import type { RuleDefinition } from '../rule.ts';
import { forEachEpisodePair } from '../shared-400-plus.ts';

/** Reasons an episode ended that close the period of care (every REC except X1). */
const CARE_ENDED = new Set([
  'E2',
  'E3',
  'E4A',
  'E4B',
  'E5',
  'E6',
  'E7',
  'E8',
  'E9',
  'E11',
  'E12',
  'E13',
  'E14',
  'E15',
  'E16',
  'E17',
  'E41',
  'E45',
  'E46',
  'E47',
  'E48',
]);

/** 432 — after an episode that ended care, the next episode must start with RNE S. */
export const rule432: RuleDefinition = {
  code: '432',
  message:
    'The child ceased to be looked after at the end of the previous episode but the reason for the new episode is not started to be looked after.',
  tables: ['Episodes'],
  fields: ['RNE'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  check: (ctx) => {
    const out: number[] = [];
    forEachEpisodePair(ctx, (prev, cur, _p, i) => {
      if (CARE_ENDED.has(prev.REC) && cur.RNE !== 'S') out.push(i);
    });
    return { Episodes: out };
  },
  examples: [
    {
      description: 'P after an E3 exit is flagged',
      current: {
        Episodes: [
          { CHILD: '1', RNE: 'S', DECOM: '2024-05-01', REC: 'E3' },
          { CHILD: '1', RNE: 'P', DECOM: '2024-06-01' },
        ],
      },
      expect: { Episodes: [1] },
    },
    {
      description: 'P after X1 and S after E3 pass',
      current: {
        Episodes: [
          { CHILD: '1', RNE: 'S', DECOM: '2024-05-01', REC: 'X1' },
          { CHILD: '1', RNE: 'P', DECOM: '2024-06-01', REC: 'E3' },
          { CHILD: '1', RNE: 'S', DECOM: '2024-07-01' },
        ],
      },
      expect: {},
    },
  ],
};
