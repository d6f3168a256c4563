import type { RuleDefinition } from '../rule.ts';
import { validDate } from '../shared-400-plus.ts';

/** 630 — a child who started to be looked after this year needs previous permanence information. */
export const rule630: RuleDefinition = {
  code: '630',
  message: 'Information on previous permanence option should be returned.',
  tables: ['Episodes'],
  fields: ['RNE'],
  years: { from: 2023 },
  needsTables: ['Episodes', 'PrevPerm'],
  check: (ctx) => {
    const prevPerm = ctx.current.PrevPerm ?? [];
    const byChild = ctx.byChild('PrevPerm');
    const out: number[] = [];
    (ctx.current.Episodes ?? []).forEach((e, i) => {
      if (e.RNE !== 'S' || !validDate(e.DECOM) || e.DECOM < ctx.collectionStart) return;
      const rows = byChild.get(e.CHILD) ?? [];
      const missing =
        rows.length === 0 ||
        rows.some((j) => {
          const p = prevPerm[j]!;
          return p.PREV_PERM === '' || (p.PREV_PERM !== 'Z1' && (p.LA_PERM === '' || p.DATE_PERM === ''));
        });
      if (missing) out.push(i);
    });
    return { Episodes: out };
  },
  examples: [
    {
      description: 'a new period of care with no PrevPerm row, or P1 without LA and date, is flagged',
      year: 2025,
      current: {
        Episodes: [
          { CHILD: '1', RNE: 'S', DECOM: '2024-04-01' },
          { CHILD: '2', RNE: 'S', DECOM: '2024-05-01' },
        ],
        PrevPerm: [{ CHILD: '2', PREV_PERM: 'P1', LA_PERM: '', DATE_PERM: '2020-05-01' }],
      },
      expect: { Episodes: [0, 1] },
    },
    {
      description: 'Z1, a complete P1, or a period that started before the year, passes',
      year: 2025,
      current: {
        Episodes: [
          { CHILD: '1', RNE: 'S', DECOM: '2024-04-01' },
          { CHILD: '2', RNE: 'S', DECOM: '2024-05-01' },
          { CHILD: '3', RNE: 'S', DECOM: '2024-03-31' },
        ],
        PrevPerm: [
          { CHILD: '1', PREV_PERM: 'Z1' },
          { CHILD: '2', PREV_PERM: 'P1', LA_PERM: '352', DATE_PERM: '2020-05-05' },
        ],
      },
      expect: {},
    },
  ],
};
