import type { RuleDefinition } from '../rule.ts';

/** 560 — a decision still in force last year must keep its date this year. */
export const rule560: RuleDefinition = {
  code: '560',
  message:
    'Date of decision that the child should be placed for adoption this year is different from that recorded last year but the decision to place the child for adoption did not change.',
  tables: ['PlacedAdoption'],
  fields: ['DATE_PLACED', 'DATE_PLACED_CEASED'],
  years: { from: 2023 },
  needs: ['previous'],
  needsTables: ['PlacedAdoption'],
  check: (ctx) => {
    const last = ctx.previous?.PlacedAdoption ?? [];
    const lastByChild = ctx.byChild('PlacedAdoption', 'previous');
    const out: number[] = [];
    (ctx.current.PlacedAdoption ?? []).forEach((p, i) => {
      const differs = (lastByChild.get(p.CHILD) ?? []).some((j) => {
        const l = last[j]!;
        return l.DATE_PLACED !== '' && l.DATE_PLACED_CEASED === '' && p.DATE_PLACED !== l.DATE_PLACED;
      });
      if (differs) out.push(i);
    });
    return { PlacedAdoption: out };
  },
  examples: [
    {
      description: 'a new date for a decision still in force last year is flagged',
      current: { PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '2019-05-27' }] },
      previous: { PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '2019-05-26', DATE_PLACED_CEASED: '' }] },
      expect: { PlacedAdoption: [0] },
    },
    {
      description: 'the same date, or a decision reversed last year, passes',
      current: {
        PlacedAdoption: [
          { CHILD: '1', DATE_PLACED: '2019-05-26' },
          { CHILD: '2', DATE_PLACED: '2020-01-01' },
        ],
      },
      previous: {
        PlacedAdoption: [
          { CHILD: '1', DATE_PLACED: '2019-05-26', DATE_PLACED_CEASED: '' },
          { CHILD: '2', DATE_PLACED: '2019-05-26', DATE_PLACED_CEASED: '2019-07-01' },
        ],
      },
      expect: {},
    },
  ],
};
