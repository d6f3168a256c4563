import type { RuleDefinition } from '../rule.ts';
import { episodesByChildDecomDec } from '../shared-400-plus.ts';

const CONTINUING = new Set(['P', 'L', 'T', 'U', 'B']);

/** 433 — a continuation episode (RNE P, L, T, U or B) must start on the day the previous episode ended. */
export const rule433: RuleDefinition = {
  code: '433',
  message:
    'The reason for new episode suggests that this is a continuation episode, but the episode does not start on the same day as the last episode finished.',
  tables: ['Episodes'],
  fields: ['RNE', 'DECOM'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  check: (ctx) => {
    const episodes = ctx.current.Episodes ?? [];
    const out: number[] = [];
    for (const list of episodesByChildDecomDec(ctx).values()) {
      for (let k = 1; k < list.length; k++) {
        const prev = episodes[list[k - 1]!]!;
        const cur = episodes[list[k]!]!;
        if (!CONTINUING.has(cur.RNE)) continue;
        if (prev.DEC === '' || cur.DECOM === '' || prev.DEC !== cur.DECOM) out.push(list[k]!);
      }
    }
    return { Episodes: out };
  },
  examples: [
    {
      description:
        'a B episode starting a day before the previous one ended is flagged; so is one after an open episode',
      current: {
        Episodes: [
          { CHILD: '1', RNE: 'S', DECOM: '2020-04-04', DEC: '2020-09-12' },
          { CHILD: '1', RNE: 'B', DECOM: '2020-09-11', DEC: '2021-05-06' },
          { CHILD: '2', RNE: 'S', DECOM: '2020-04-04', DEC: '' },
          { CHILD: '2', RNE: 'P', DECOM: '2020-09-11', DEC: '' },
        ],
      },
      expect: { Episodes: [1, 3] },
    },
    {
      description: 'a P episode starting the day the previous ended passes, whatever the file order',
      current: {
        Episodes: [
          { CHILD: '1', RNE: 'P', DECOM: '2021-11-19', DEC: '' },
          { CHILD: '1', RNE: 'S', DECOM: '2021-06-17', DEC: '2021-11-19' },
        ],
      },
      expect: {},
    },
  ],
};
