import type { RuleDefinition } from '../rule.ts';
import { validDate } from '../shared-400-plus.ts';

/**
 * 584 — after a decision was reversed last year, any decision this year must be a new, later one.
 * Deviation from the reference: the reference compares the dd/mm/yyyy text and maps the failing pairs back
 * through the joined table's row numbers instead of the PlacedAdoption row numbers; Waypoint compares dates
 * and flags the PlacedAdoption rows themselves.
 */
export const rule584: RuleDefinition = {
  code: '584',
  message:
    'Date of decision that the child should be placed for adoption this year is different from that recorded last year, but the decision to placed the child for adoption changed and the child should no longer be placed for adoption.',
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
      const reversed = (lastByChild.get(p.CHILD) ?? []).filter(
        (j) => last[j]!.DATE_PLACED_CEASED !== '' || last[j]!.REASON_PLACED_CEASED !== '',
      );
      if (reversed.length === 0) return;
      const notLater =
        p.DATE_PLACED === '' ||
        reversed.some((j) => {
          const before = last[j]!.DATE_PLACED;
          return validDate(p.DATE_PLACED) && validDate(before) && p.DATE_PLACED <= before;
        });
      if (notLater) out.push(i);
    });
    return { PlacedAdoption: out };
  },
  examples: [
    {
      description: 'a decision not later than last year’s reversed one, or without a date, is flagged',
      current: {
        PlacedAdoption: [
          { CHILD: '1', DATE_PLACED: '2020-02-01' },
          { CHILD: '2', DATE_PLACED: '' },
        ],
      },
      previous: {
        PlacedAdoption: [
          { CHILD: '1', DATE_PLACED: '2021-02-01', DATE_PLACED_CEASED: '2021-02-01', REASON_PLACED_CEASED: 'RD1' },
          { CHILD: '2', DATE_PLACED: '2020-01-01', REASON_PLACED_CEASED: 'RD1' },
        ],
      },
      expect: { PlacedAdoption: [0, 1] },
    },
    {
      description: 'a later decision, or a decision not reversed last year, passes',
      current: {
        PlacedAdoption: [
          { CHILD: '1', DATE_PLACED: '2021-02-01' },
          { CHILD: '2', DATE_PLACED: '2020-02-01' },
        ],
      },
      previous: {
        PlacedAdoption: [
          { CHILD: '1', DATE_PLACED: '2020-02-01', DATE_PLACED_CEASED: '2020-02-02', REASON_PLACED_CEASED: 'RD1' },
          { CHILD: '2', DATE_PLACED: '2020-02-01' },
        ],
      },
      expect: {},
    },
  ],
};
