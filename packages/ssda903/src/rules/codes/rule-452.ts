import type { RuleDefinition } from '../rule.ts';
import { yearBoundaryPairs } from '../shared-400-plus.ts';

/** 452 — the first episode this year must keep the placement LA of last year's open episode (same RNE). */
export const rule452: RuleDefinition = {
  code: '452',
  message:
    'Contradiction between local authority of placement code in the last episode of the previous year and in the first episode of the current year.',
  tables: ['Episodes'],
  fields: ['PL_LA'],
  years: { from: 2023 },
  needs: ['previous', 'postcodes'],
  needsTables: ['Episodes'],
  check: (ctx) => {
    const episodes = ctx.current.Episodes ?? [];
    const last = ctx.previous?.Episodes ?? [];
    const out: number[] = [];
    for (const { first: i, last: j } of yearBoundaryPairs(ctx)) {
      const cur = episodes[i]!;
      const prev = last[j]!;
      if (cur.RNE !== '' && cur.RNE === prev.RNE && prev.DEC === '' && cur.PL_LA !== prev.PL_LA) out.push(i);
    }
    return { Episodes: out };
  },
  examples: [
    {
      description: 'a different placement LA from last year’s open episode is flagged',
      current: { Episodes: [{ CHILD: '1', DECOM: '2024-01-01', RNE: 'S', PL_LA: 'E09000001' }] },
      previous: { Episodes: [{ CHILD: '1', DECOM: '2024-01-01', RNE: 'S', DEC: '', PL_LA: 'E09000002' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'the same LA, or last year’s episode closed, passes',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2024-01-01', RNE: 'S', PL_LA: 'E09000001' },
          { CHILD: '2', DECOM: '2024-01-01', RNE: 'S', PL_LA: 'E09000001' },
        ],
      },
      previous: {
        Episodes: [
          { CHILD: '1', DECOM: '2024-01-01', RNE: 'S', DEC: '', PL_LA: 'E09000001' },
          { CHILD: '2', DECOM: '2024-01-01', RNE: 'S', DEC: '2024-02-01', PL_LA: 'E09000002' },
        ],
      },
      expect: {},
    },
  ],
};
