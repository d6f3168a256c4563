import type { RuleDefinition } from '../rule.ts';
import { forEachEpisodePair, validDate } from '../shared-400-plus.ts';

/** 431 — an episode starting a period of care (RNE S) cannot start on or before the end of the previous episode. */
export const rule431: RuleDefinition = {
  code: '431',
  message: 'The reason for new episode is started to be looked after, but the previous episode ended on the same day.',
  tables: ['Episodes'],
  fields: ['RNE', 'DECOM'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  check: (ctx) => {
    const out: number[] = [];
    forEachEpisodePair(ctx, (prev, cur, _p, i) => {
      if (cur.RNE === 'S' && validDate(cur.DECOM) && validDate(prev.DEC) && cur.DECOM <= prev.DEC) out.push(i);
    });
    return { Episodes: out };
  },
  examples: [
    {
      description: 'S starting the day the previous episode ended is flagged',
      current: {
        Episodes: [
          { CHILD: '1', RNE: 'S', DECOM: '2024-05-01', DEC: '2024-06-01' },
          { CHILD: '1', RNE: 'S', DECOM: '2024-06-01', DEC: '' },
        ],
      },
      expect: { Episodes: [1] },
    },
    {
      description: 'S starting after a gap passes',
      current: {
        Episodes: [
          { CHILD: '1', RNE: 'S', DECOM: '2024-05-01', DEC: '2024-06-01' },
          { CHILD: '1', RNE: 'S', DECOM: '2024-06-02', DEC: '' },
        ],
      },
      expect: {},
    },
  ],
};
