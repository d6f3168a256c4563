import type { RuleDefinition } from '../rule.ts';
import { forEachEpisodePair, sameFilled } from '../shared-400-plus.ts';

/** 504 — the category of need stays the same through a period of care (across X1 episode changes). */
export const rule504: RuleDefinition = {
  code: '504',
  message: 'The category of need code differs from that reported at start of current period of being looked after',
  tables: ['Episodes'],
  fields: ['CIN'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  check: (ctx) => {
    const out: number[] = [];
    forEachEpisodePair(ctx, (prev, cur, _p, i) => {
      if (prev.REC === 'X1' && sameFilled(prev.DEC, cur.DECOM) && !sameFilled(cur.CIN, prev.CIN)) out.push(i);
    });
    return { Episodes: out };
  },
  examples: [
    {
      description: 'a new category of need after an X1 change is flagged',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2020-06-01', DEC: '2020-06-04', REC: 'X1', CIN: 'N1' },
          { CHILD: '1', DECOM: '2020-06-04', DEC: '', CIN: 'N2' },
        ],
      },
      expect: { Episodes: [1] },
    },
    {
      description: 'the same category, or a new one after a gap, passes',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2020-06-01', DEC: '2020-06-04', REC: 'X1', CIN: 'N1' },
          { CHILD: '1', DECOM: '2020-06-04', DEC: '2020-06-08', REC: 'X1', CIN: 'N1' },
          { CHILD: '1', DECOM: '2020-06-09', DEC: '', CIN: 'N3' },
        ],
      },
      expect: {},
    },
  ],
};
