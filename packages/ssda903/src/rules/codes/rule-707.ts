import type { RuleDefinition } from '../rule.ts';
import { episodeRuns, validDate } from '../shared-400-plus.ts';

/** 707 (from 2026/27) — when care ends, the child's DoLOs must have ended inside that period of care. */
export const rule707: RuleDefinition = {
  code: '707',
  message: 'Child ceased to be looked after but there is a DoLO without an end date.',
  tables: ['DoLo'],
  fields: ['DOLO_END'],
  years: { from: 2027 },
  needsTables: ['Episodes', 'DoLo'],
  check: (ctx) => {
    const out: number[] = [];
    (ctx.current.DoLo ?? []).forEach((d, i) => {
      if (!validDate(d.DOLO_START)) return;
      const runs = episodeRuns(ctx, d.CHILD);
      if (runs.length === 0) return;
      const end = validDate(d.DOLO_END) ? d.DOLO_END : null;
      const outsideEvery = runs.every(
        (run) =>
          (end === null && run.end !== null) ||
          (end === null && d.DOLO_START < run.start) ||
          (end !== null && run.end !== null && end > run.end) ||
          (end !== null && end < run.start),
      );
      if (outsideEvery) out.push(i);
    });
    return { DoLo: out };
  },
  examples: [
    {
      description: 'an open DoLO after care ended is flagged',
      current: {
        Episodes: [{ CHILD: '1', DECOM: '2026-01-01', DEC: '2026-06-04' }],
        DoLo: [{ CHILD: '1', DOLO_START: '2026-03-01', DOLO_END: '' }],
      },
      expect: { DoLo: [0] },
    },
    {
      description: 'a DoLO ended inside care, and an open one while care is open, pass',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2026-01-01', DEC: '2026-06-04' },
          { CHILD: '2', DECOM: '2026-01-01', DEC: '' },
        ],
        DoLo: [
          { CHILD: '1', DOLO_START: '2026-03-01', DOLO_END: '2026-03-05' },
          { CHILD: '2', DOLO_START: '2026-03-01', DOLO_END: '' },
        ],
      },
      expect: {},
    },
  ],
};
