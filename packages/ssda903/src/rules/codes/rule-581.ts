import type { RuleDefinition } from '../rule.ts';
import { validDate } from '../shared-400-plus.ts';

/** 581 — a missing period must start during one of the child's episodes. */
export const rule581: RuleDefinition = {
  code: '581',
  message: 'Child is missing but has not yet started to be looked after.',
  tables: ['Missing'],
  fields: ['MIS_START'],
  years: { from: 2023 },
  needsTables: ['Episodes', 'Missing'],
  check: (ctx) => {
    const episodes = ctx.current.Episodes ?? [];
    const episodesByChild = ctx.byChild('Episodes');
    const out: number[] = [];
    (ctx.current.Missing ?? []).forEach((m, i) => {
      const list = episodesByChild.get(m.CHILD);
      if (!list) return;
      const start = validDate(m.MIS_START) ? m.MIS_START : null;
      const inEpisode =
        start !== null &&
        list.some((j) => {
          const e = episodes[j]!;
          return validDate(e.DECOM) && start >= e.DECOM && (!validDate(e.DEC) || start <= e.DEC);
        });
      if (!inEpisode) out.push(i);
    });
    return { Missing: out };
  },
  examples: [
    {
      description: 'a period between two episodes is flagged',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2020-06-08', DEC: '2020-06-10' },
          { CHILD: '1', DECOM: '2020-06-12', DEC: '' },
        ],
        Missing: [{ CHILD: '1', MIS_START: '2020-06-11' }],
      },
      expect: { Missing: [0] },
    },
    {
      description: 'a period during an open episode passes; a child without episodes is not checked',
      current: {
        Episodes: [{ CHILD: '1', DECOM: '2020-06-06', DEC: '' }],
        Missing: [
          { CHILD: '1', MIS_START: '2020-06-12' },
          { CHILD: '2', MIS_START: '2020-06-12' },
        ],
      },
      expect: {},
    },
  ],
};
