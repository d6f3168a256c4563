import type { RuleDefinition } from '../rule.ts';
import { episodeRuns, validDate } from '../shared-400-plus.ts';

/** 578 — a missing period cannot start outside every period of care (before it started or after it ended). */
export const rule578: RuleDefinition = {
  code: '578',
  message: 'The date that the child started to be missing is after the child ceased to be looked after.',
  tables: ['Missing'],
  fields: ['MIS_START'],
  years: { from: 2023 },
  needsTables: ['Episodes', 'Missing'],
  check: (ctx) => {
    const out: number[] = [];
    (ctx.current.Missing ?? []).forEach((m, i) => {
      if (!validDate(m.MIS_START)) return;
      const childRuns = episodeRuns(ctx, m.CHILD);
      if (childRuns.length === 0) return;
      const outsideEvery = childRuns.every(
        (run) => m.MIS_START < run.start || (run.end !== null && m.MIS_START > run.end),
      );
      if (outsideEvery) out.push(i);
    });
    return { Missing: out };
  },
  examples: [
    {
      description: 'a period starting after care ended is flagged',
      current: {
        Episodes: [{ CHILD: '1', DECOM: '2020-01-01', DEC: '2020-06-04' }],
        Missing: [{ CHILD: '1', MIS_START: '2020-06-05' }],
      },
      expect: { Missing: [0] },
    },
    {
      description: 'a period starting on the day care ended passes',
      current: {
        Episodes: [{ CHILD: '1', DECOM: '2020-01-01', DEC: '2020-06-04' }],
        Missing: [{ CHILD: '1', MIS_START: '2020-06-04' }],
      },
      expect: {},
    },
  ],
};
