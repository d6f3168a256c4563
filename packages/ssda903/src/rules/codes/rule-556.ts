import type { RuleDefinition } from '../rule.ts';
import { validDate } from '../shared-400-plus.ts';

/** 556 (to 2023/24) — the decision to place for adoption must be on or before each freeing order (D1) episode. */
export const rule556: RuleDefinition = {
  code: '556',
  message:
    'Date of decision that the child should be placed for adoption should be on or prior to the date that the freeing order was granted.',
  tables: ['Episodes'],
  fields: ['DATE_PLACED', 'DECOM'],
  years: { from: 2023, to: 2024 },
  needsTables: ['Episodes', 'PlacedAdoption'],
  check: (ctx) => {
    const placed = ctx.current.PlacedAdoption ?? [];
    const byChild = ctx.byChild('PlacedAdoption');
    const out: number[] = [];
    (ctx.current.Episodes ?? []).forEach((e, i) => {
      if (e.LS !== 'D1' || !validDate(e.DECOM)) return;
      const later = (byChild.get(e.CHILD) ?? []).some((j) => {
        const decided = placed[j]!.DATE_PLACED;
        return validDate(decided) && decided > e.DECOM;
      });
      if (later) out.push(i);
    });
    return { Episodes: out };
  },
  examples: [
    {
      description: 'a decision after the D1 episode started is flagged',
      current: {
        Episodes: [{ CHILD: '1', LS: 'D1', DECOM: '2020-03-15' }],
        PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '2020-04-15' }],
      },
      expect: { Episodes: [0] },
    },
    {
      description: 'a decision before the D1 episode passes',
      current: {
        Episodes: [{ CHILD: '1', LS: 'D1', DECOM: '2020-03-15' }],
        PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '2020-02-15' }],
      },
      expect: {},
    },
  ],
};
