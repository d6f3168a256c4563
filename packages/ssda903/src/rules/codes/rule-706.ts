import type { RuleDefinition } from '../rule.ts';

/**
 * 706 (from 2026/27) — a DoLO open at the end of last year must be in this year's return with the same start date.
 * Deviation from the reference: the reference returns last year's row numbers as rows of this year's DoLo table;
 * Waypoint flags the row of last year's return (DoLo_last).
 */
export const rule706: RuleDefinition = {
  code: '706',
  message:
    'There is an open DoLO in last year’s return and there is no corresponding DoLO recorded at the start of this year..',
  tables: ['DoLo'],
  fields: ['DOLO_START'],
  years: { from: 2027 },
  needs: ['previous'],
  needsTables: ['DoLo'],
  check: (ctx) => {
    const rows = ctx.current.DoLo ?? [];
    const thisYear = ctx.byChild('DoLo');
    const out: number[] = [];
    (ctx.previous?.DoLo ?? []).forEach((d, i) => {
      if (d.DOLO_END !== '') return;
      const continued = (thisYear.get(d.CHILD) ?? []).some((j) => rows[j]!.DOLO_START === d.DOLO_START);
      if (!continued) out.push(i);
    });
    return { DoLo_last: out };
  },
  examples: [
    {
      description: 'an open DoLO last year missing from this year flags last year’s row',
      current: { DoLo: [{ CHILD: '1', DOLO_START: '2026-06-01' }] },
      previous: {
        DoLo: [
          { CHILD: '1', DOLO_START: '2025-01-01', DOLO_END: '2025-01-02' },
          { CHILD: '1', DOLO_START: '2025-01-03', DOLO_END: '' },
        ],
      },
      expect: { DoLo_last: [1] },
    },
    {
      description: 'an open DoLO carried into this year passes',
      current: { DoLo: [{ CHILD: '1', DOLO_START: '2025-01-03' }] },
      previous: { DoLo: [{ CHILD: '1', DOLO_START: '2025-01-03', DOLO_END: '' }] },
      expect: {},
    },
  ],
};
