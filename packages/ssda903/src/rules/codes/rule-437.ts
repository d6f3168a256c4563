import type { RuleDefinition } from '../rule.ts';
import { validDate } from '../shared-400-plus.ts';

/** 437 — after an episode ended by death (E2) or an age assessment of 18+ (E15) there can be no further episodes. */
export const rule437: RuleDefinition = {
  code: '437',
  message: 'Reason episode ceased is child has died or is aged 18 or over but there are further episodes.',
  tables: ['Episodes'],
  fields: ['REC'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  check: (ctx) => {
    const episodes = ctx.current.Episodes ?? [];
    const out: number[] = [];
    for (const list of ctx.episodesByChild().values()) {
      for (let k = 0; k < list.length - 1; k++) {
        const e = episodes[list[k]!]!;
        if ((e.REC === 'E2' || e.REC === 'E15') && validDate(e.DECOM)) out.push(list[k]!);
      }
    }
    return { Episodes: out };
  },
  examples: [
    {
      description: 'E15 followed by another episode is flagged',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2021-05-07', REC: '' },
          { CHILD: '1', DECOM: '2020-09-11', REC: 'E15' },
        ],
      },
      expect: { Episodes: [1] },
    },
    {
      description: 'E2 on the last episode passes',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2020-09-11', REC: 'X1' },
          { CHILD: '1', DECOM: '2021-05-07', REC: 'E2' },
        ],
      },
      expect: {},
    },
  ],
};
