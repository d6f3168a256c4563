import type { RuleDefinition } from '../rule.ts';
import { validDate } from '../shared-400-plus.ts';

/** 579 — decisions to place for adoption must not overlap, and a new one cannot start while the previous is open. */
export const rule579: RuleDefinition = {
  code: '579',
  message:
    'A new decision that the child should be placed for adoption this year cannot start when the previous decision is still open. Decisions to place the child for adoption should also not overlap. The date of any new decision to place the child for adoption must not be before the date placed ceased of previous decisions.',
  tables: ['PlacedAdoption'],
  fields: ['DATE_PLACED', 'DATE_PLACED_CEASED'],
  years: { from: 2023 },
  needsTables: ['PlacedAdoption'],
  check: (ctx) => {
    const placed = ctx.current.PlacedAdoption ?? [];
    const key = (i: number) => (validDate(placed[i]!.DATE_PLACED) ? placed[i]!.DATE_PLACED : '~');
    const out: number[] = [];
    for (const list of ctx.byChild('PlacedAdoption').values()) {
      const sorted = [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a - b));
      for (let k = 1; k < sorted.length; k++) {
        const prev = placed[sorted[k - 1]!]!;
        const cur = placed[sorted[k]!]!;
        const prevCeased = validDate(prev.DATE_PLACED_CEASED) ? prev.DATE_PLACED_CEASED : null;
        if (prevCeased === null || (validDate(cur.DATE_PLACED) && cur.DATE_PLACED < prevCeased)) out.push(sorted[k]!);
      }
    }
    return { PlacedAdoption: out };
  },
  examples: [
    {
      description: 'a decision during an open one, and an overlapping decision, are flagged',
      current: {
        PlacedAdoption: [
          { CHILD: '1', DATE_PLACED: '2020-06-03', DATE_PLACED_CEASED: '' },
          { CHILD: '1', DATE_PLACED: '2020-06-07', DATE_PLACED_CEASED: '2020-06-09' },
          { CHILD: '2', DATE_PLACED: '2020-06-01', DATE_PLACED_CEASED: '2020-06-05' },
          { CHILD: '2', DATE_PLACED: '2020-06-04', DATE_PLACED_CEASED: '' },
        ],
      },
      expect: { PlacedAdoption: [1, 3] },
    },
    {
      description: 'a new decision on the day the previous one ceased passes',
      current: {
        PlacedAdoption: [
          { CHILD: '1', DATE_PLACED: '2020-06-03', DATE_PLACED_CEASED: '2020-06-04' },
          { CHILD: '1', DATE_PLACED: '2020-06-04', DATE_PLACED_CEASED: '' },
        ],
      },
      expect: {},
    },
  ],
};
