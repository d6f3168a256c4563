import type { RuleDefinition } from '../rule.ts';
import { firstEpisodeByChild } from '../shared-400-plus.ts';

/** 502 — when last year ended with an open episode, this year's first episode must start on the same date. */
export const rule502: RuleDefinition = {
  code: '502',
  message:
    "Last year's record ended with an open episode. The date on which that episode started does not match the start date of the first episode on this year’s record.",
  tables: ['Episodes'],
  fields: ['DECOM'],
  years: { from: 2023 },
  needs: ['previous'],
  needsTables: ['Episodes'],
  check: (ctx) => {
    const episodes = ctx.current.Episodes ?? [];
    const openLastYear = new Map<string, string[]>();
    for (const e of ctx.previous?.Episodes ?? []) {
      if (e.DEC !== '') continue;
      const list = openLastYear.get(e.CHILD);
      if (list) list.push(e.DECOM);
      else openLastYear.set(e.CHILD, [e.DECOM]);
    }
    const out: number[] = [];
    for (const [child, i] of firstEpisodeByChild(ctx)) {
      const decom = episodes[i]!.DECOM;
      // Every open episode last year must start on this year's first DECOM (an invalid date never matches).
      if ((openLastYear.get(child) ?? []).some((d) => d !== decom)) out.push(i);
    }
    return { Episodes: out };
  },
  examples: [
    {
      description: 'a first episode starting on another date than last year’s open episode is flagged',
      current: { Episodes: [{ CHILD: '1', DECOM: '2020-06-01' }] },
      previous: { Episodes: [{ CHILD: '1', DECOM: '2020-06-05', DEC: '' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'the same start date, or last year closed, passes',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2020-06-05' },
          { CHILD: '1', DECOM: '2020-07-05' },
          { CHILD: '2', DECOM: '2020-06-05' },
        ],
      },
      previous: {
        Episodes: [
          { CHILD: '1', DECOM: '2020-06-05', DEC: '' },
          { CHILD: '2', DECOM: '2020-01-05', DEC: '2020-02-01' },
        ],
      },
      expect: {},
    },
  ],
};
