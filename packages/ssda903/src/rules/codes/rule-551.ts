import type { RuleDefinition } from '../rule.ts';

const ADOPTION = new Set(['A3', 'A4', 'A5', 'A6']);

/** 551 — a child placed for adoption (A3–A6) needs a date of the decision to place for adoption. */
export const rule551: RuleDefinition = {
  code: '551',
  message:
    'Child has been placed for adoption but there is no date of the decision that the child should be placed for adoption.',
  tables: ['Episodes'],
  fields: ['DATE_PLACED', 'PLACE'],
  years: { from: 2023 },
  needsTables: ['Episodes', 'PlacedAdoption'],
  check: (ctx) => {
    const placed = ctx.current.PlacedAdoption ?? [];
    const byChild = ctx.byChild('PlacedAdoption');
    const out: number[] = [];
    (ctx.current.Episodes ?? []).forEach((e, i) => {
      if (!ADOPTION.has(e.PLACE)) return;
      const rows = byChild.get(e.CHILD) ?? [];
      // No decision recorded, or any decision row without a date.
      if (rows.length === 0 || rows.some((j) => placed[j]!.DATE_PLACED === '')) out.push(i);
    });
    return { Episodes: out };
  },
  examples: [
    {
      description: 'an adoption placement with no decision row, or a blank decision date, is flagged',
      current: {
        Episodes: [
          { CHILD: '1', PLACE: 'A3' },
          { CHILD: '2', PLACE: 'A5' },
        ],
        PlacedAdoption: [{ CHILD: '2', DATE_PLACED: '' }],
      },
      expect: { Episodes: [0, 1] },
    },
    {
      description: 'an adoption placement with a decision date passes',
      current: {
        Episodes: [{ CHILD: '1', PLACE: 'A4' }],
        PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '2020-04-15' }],
      },
      expect: {},
    },
  ],
};
