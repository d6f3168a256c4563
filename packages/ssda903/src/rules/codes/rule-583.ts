import type { RuleDefinition } from '../rule.ts';
import { validDate } from '../shared-400-plus.ts';

/**
 * 583 — when a child has more than one decision to place for adoption, every decision but the latest must
 * have been reversed (DATE_PLACED_CEASED).
 * Deviation from the reference: the reference finds the "latest" decision by sorting the dd/mm/yyyy text
 * (so by day of the month first); Waypoint sorts by date.
 */
export const rule583: RuleDefinition = {
  code: '583',
  message:
    'More than one date the child should be placed for adoption has been reported, but an earlier decision has not been revoked. Check that both dates are required and add in the date the earlier decision was revoked. Note this may be in a previous year.',
  tables: ['PlacedAdoption'],
  fields: ['DATE_PLACED', 'DATE_PLACED_CEASED'],
  years: { from: 2023 },
  needsTables: ['PlacedAdoption'],
  check: (ctx) => {
    const placed = ctx.current.PlacedAdoption ?? [];
    const out: number[] = [];
    for (const list of ctx.byChild('PlacedAdoption').values()) {
      const open = list.filter((i) => placed[i]!.DATE_PLACED_CEASED === '');
      if (open.length > 1) {
        out.push(...open);
        continue;
      }
      // Latest decision: latest valid date (first row among ties); undated decisions only when none is dated.
      let latest = list[0]!;
      for (const i of list) {
        const d = placed[i]!.DATE_PLACED;
        const best = placed[latest]!.DATE_PLACED;
        if (validDate(d) && (!validDate(best) || d > best)) latest = i;
      }
      out.push(...open.filter((i) => i !== latest));
    }
    return { PlacedAdoption: out };
  },
  examples: [
    {
      description: 'two open decisions, or an open earlier decision, are flagged',
      current: {
        PlacedAdoption: [
          { CHILD: '1', DATE_PLACED: '2020-02-01', DATE_PLACED_CEASED: '' },
          { CHILD: '1', DATE_PLACED: '2020-02-02', DATE_PLACED_CEASED: '' },
          { CHILD: '2', DATE_PLACED: '2020-02-01', DATE_PLACED_CEASED: '2020-02-02' },
          { CHILD: '2', DATE_PLACED: '2020-01-01', DATE_PLACED_CEASED: '' },
        ],
      },
      expect: { PlacedAdoption: [0, 1, 3] },
    },
    {
      description: 'only the latest decision open passes (dates compared as dates, not as text)',
      current: {
        PlacedAdoption: [
          { CHILD: '1', DATE_PLACED: '2020-01-30', DATE_PLACED_CEASED: '2020-02-02' },
          { CHILD: '1', DATE_PLACED: '2020-03-01', DATE_PLACED_CEASED: '' },
        ],
      },
      expect: {},
    },
  ],
};
