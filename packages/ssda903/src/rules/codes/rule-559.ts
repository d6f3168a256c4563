import type { RuleDefinition } from '../rule.ts';
import { validDate } from '../shared-400-plus.ts';

/** 559 — a decision to place for adoption made before this year must also be in last year's return. */
export const rule559: RuleDefinition = {
  code: '559',
  message:
    'Date of decision that a child should be placed for adoption was not in the current year but the date of the decision that the child should be placed for adoption was not completed in a previous return.',
  tables: ['PlacedAdoption'],
  fields: ['DATE_PLACED'],
  years: { from: 2023 },
  needs: ['previous'],
  needsTables: ['PlacedAdoption'],
  check: (ctx) => {
    const last = ctx.previous?.PlacedAdoption ?? [];
    const lastByChild = ctx.byChild('PlacedAdoption', 'previous');
    const out: number[] = [];
    (ctx.current.PlacedAdoption ?? []).forEach((p, i) => {
      if (!validDate(p.DATE_PLACED) || p.DATE_PLACED >= ctx.collectionStart) return;
      const rows = lastByChild.get(p.CHILD) ?? [];
      if (rows.length === 0 || rows.some((j) => !validDate(last[j]!.DATE_PLACED))) out.push(i);
    });
    return { PlacedAdoption: out };
  },
  examples: [
    {
      description: 'a decision from before this year with no row last year is flagged',
      year: 2025,
      current: { PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '2024-01-01' }] },
      previous: { PlacedAdoption: [{ CHILD: '2', DATE_PLACED: '2024-01-01' }] },
      expect: { PlacedAdoption: [0] },
    },
    {
      description: 'a decision last year with its date, or a decision this year, passes',
      year: 2025,
      current: {
        PlacedAdoption: [
          { CHILD: '1', DATE_PLACED: '2024-01-01' },
          { CHILD: '2', DATE_PLACED: '2024-05-01' },
        ],
      },
      previous: { PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '2024-01-01' }] },
      expect: {},
    },
  ],
};
