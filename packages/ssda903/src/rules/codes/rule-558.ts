import type { RuleDefinition } from '../rule.ts';
import { validDate } from '../shared-400-plus.ts';

/**
 * 558 — an adopted child's decision to place for adoption should not have been reversed.
 * Follows the reference's reading: a child whose adoption episodes (REC E11/E12) join only to reversed
 * decisions (none without DATE_PLACED_CEASED) is flagged when one year holds more than one joined reversal.
 */
export const rule558: RuleDefinition = {
  code: '558',
  message:
    'If a child has been adopted, then the decision to place them for adoption has not been disrupted and the date of the decision that a child should no longer be placed for adoption should be left blank.',
  tables: ['Episodes'],
  fields: ['DATE_PLACED_CEASED', 'REC'],
  years: { from: 2023 },
  needsTables: ['Episodes', 'PlacedAdoption'],
  check: (ctx) => {
    const episodes = ctx.current.Episodes ?? [];
    const placed = ctx.current.PlacedAdoption ?? [];
    const placedByChild = ctx.byChild('PlacedAdoption');
    const adoptedByChild = new Map<string, number[]>();
    episodes.forEach((e, i) => {
      if (e.REC !== 'E11' && e.REC !== 'E12') return;
      const list = adoptedByChild.get(e.CHILD);
      if (list) list.push(i);
      else adoptedByChild.set(e.CHILD, [i]);
    });
    const out: number[] = [];
    for (const [child, adopted] of adoptedByChild) {
      const rows = placedByChild.get(child) ?? [];
      if (rows.length === 0 || rows.some((j) => placed[j]!.DATE_PLACED_CEASED === '')) continue;
      const perYear = new Map<string, number>();
      for (const j of rows) {
        const ceased = placed[j]!.DATE_PLACED_CEASED;
        if (!validDate(ceased)) continue;
        const year = ceased.slice(0, 4);
        perYear.set(year, (perYear.get(year) ?? 0) + 1);
      }
      if ([...perYear.values()].some((n) => n * adopted.length > 1)) out.push(...adopted);
    }
    return { Episodes: out };
  },
  examples: [
    {
      description: 'an adopted child with two reversed decisions in one year is flagged',
      current: {
        Episodes: [{ CHILD: '1', REC: 'E12' }],
        PlacedAdoption: [
          { CHILD: '1', DATE_PLACED_CEASED: '2020-01-01' },
          { CHILD: '1', DATE_PLACED_CEASED: '2020-01-02' },
        ],
      },
      expect: { Episodes: [0] },
    },
    {
      description: 'an adopted child whose latest decision is still in force passes',
      current: {
        Episodes: [{ CHILD: '1', REC: 'E11' }],
        PlacedAdoption: [
          { CHILD: '1', DATE_PLACED_CEASED: '2020-01-01' },
          { CHILD: '1', DATE_PLACED_CEASED: '' },
        ],
      },
      expect: {},
    },
  ],
};
