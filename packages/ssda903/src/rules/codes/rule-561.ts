import type { RuleDefinition } from '../rule.ts';
import { sameFilled } from '../shared-400-plus.ts';

/** 561 — a decision reversed last year cannot reappear this year with the same date. */
export const rule561: RuleDefinition = {
  code: '561',
  message:
    'Date of the decision that the child should be placed for adoption this year is the same as that recorded last year but records show that the decision changed, and the child should no longer be placed for adoption last year.',
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
      const reversed = (lastByChild.get(p.CHILD) ?? []).some((j) => {
        const l = last[j]!;
        return (
          sameFilled(p.DATE_PLACED, l.DATE_PLACED) && (l.DATE_PLACED_CEASED !== '' || l.REASON_PLACED_CEASED !== '')
        );
      });
      if (reversed) out.push(i);
    });
    return { PlacedAdoption: out };
  },
  examples: [
    {
      description: 'the same date as a decision reversed last year is flagged',
      current: { PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '2019-05-26' }] },
      previous: { PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '2019-05-26', REASON_PLACED_CEASED: 'RD1' }] },
      expect: { PlacedAdoption: [0] },
    },
    {
      description: 'the same date as a decision still in force passes',
      current: { PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '2019-05-26' }] },
      previous: { PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '2019-05-26' }] },
      expect: {},
    },
  ],
};
