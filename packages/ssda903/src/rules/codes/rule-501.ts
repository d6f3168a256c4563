import type { RuleDefinition } from '../rule.ts';
import { forEachEpisodePair, validDate } from '../shared-400-plus.ts';

/** 501 — an episode cannot start before the previous episode ended. */
export const rule501: RuleDefinition = {
  code: '501',
  message: 'A new episode has started before the end date of the previous episode.',
  tables: ['Episodes'],
  fields: ['DECOM', 'DEC'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  check: (ctx) => {
    const out: number[] = [];
    forEachEpisodePair(ctx, (prev, cur, _p, i) => {
      if (validDate(cur.DECOM) && validDate(prev.DEC) && cur.DECOM < prev.DEC) out.push(i);
    });
    return { Episodes: out };
  },
  examples: [
    {
      description: 'an episode starting before the previous one ended is flagged',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2020-06-01', DEC: '2020-06-04' },
          { CHILD: '1', DECOM: '2020-06-02', DEC: '' },
        ],
      },
      expect: { Episodes: [1] },
    },
    {
      description: 'an episode starting the day the previous one ended passes',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2020-06-01', DEC: '2020-06-04' },
          { CHILD: '1', DECOM: '2020-06-04', DEC: '' },
        ],
      },
      expect: {},
    },
  ],
};
