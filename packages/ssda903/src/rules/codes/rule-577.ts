import type { RuleDefinition } from '../rule.ts';
import { episodeRuns, validDate } from '../shared-400-plus.ts';

/** 577 — when care ends, the child's missing periods must have ended inside that period of care. */
export const rule577: RuleDefinition = {
  code: '577',
  message:
    'Child ceased to be looked after but there is a missing/away from placement without authorisation period without an end date.',
  tables: ['Missing'],
  fields: ['MIS_END'],
  years: { from: 2023 },
  needsTables: ['Episodes', 'Missing'],
  check: (ctx) => {
    const out: number[] = [];
    (ctx.current.Missing ?? []).forEach((m, i) => {
      if (!validDate(m.MIS_START)) return;
      const childRuns = episodeRuns(ctx, m.CHILD);
      if (childRuns.length === 0) return;
      const end = validDate(m.MIS_END) ? m.MIS_END : null;
      // Flag when the period fits no period of care.
      const outsideEvery = childRuns.every(
        (run) =>
          (end === null && run.end !== null) ||
          (end === null && m.MIS_START < run.start) ||
          (end !== null && run.end !== null && end > run.end) ||
          (end !== null && end < run.start),
      );
      if (outsideEvery) out.push(i);
    });
    return { Missing: out };
  },
  examples: [
    {
      description: 'an open missing period after care ended is flagged',
      current: {
        Episodes: [{ CHILD: '1', DECOM: '2020-01-01', DEC: '2020-06-04' }],
        Missing: [{ CHILD: '1', MIS_START: '2020-03-01', MIS_END: '' }],
      },
      expect: { Missing: [0] },
    },
    {
      description: 'a closed period inside care, and an open one while care is open, pass',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2020-01-01', DEC: '2020-06-04' },
          { CHILD: '2', DECOM: '2020-01-01', DEC: '' },
        ],
        Missing: [
          { CHILD: '1', MIS_START: '2020-03-01', MIS_END: '2020-03-05' },
          { CHILD: '2', MIS_START: '2020-03-01', MIS_END: '' },
        ],
      },
      expect: {},
    },
  ],
};
