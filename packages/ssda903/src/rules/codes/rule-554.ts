import type { RuleDefinition } from '../rule.ts';
import { validDate } from '../shared-400-plus.ts';

/** 554 — the decision to place for adoption must be on or before the first placement order (E1) episode. */
export const rule554: RuleDefinition = {
  code: '554',
  message:
    'Date of decision that the child should be placed for adoption should be on or prior to the date that the placement order was granted. [NOTE: This rule may result in false positives or false negatives if relevant episodes are in previous years; please check carefully!]',
  severity: 'query',
  tables: ['Episodes', 'PlacedAdoption'],
  fields: ['DATE_PLACED', 'DECOM', 'LS'],
  years: { from: 2023 },
  needsTables: ['Episodes', 'PlacedAdoption'],
  check: (ctx) => {
    const episodes = ctx.current.Episodes ?? [];
    const placed = ctx.current.PlacedAdoption ?? [];
    const byChild = ctx.byChild('PlacedAdoption');
    const firstE1 = new Map<string, number>();
    episodes.forEach((e, i) => {
      if (e.LS !== 'E1' || !validDate(e.DECOM)) return;
      const best = firstE1.get(e.CHILD);
      if (best === undefined || e.DECOM < episodes[best]!.DECOM) firstE1.set(e.CHILD, i);
    });
    const flagged = { Episodes: [] as number[], PlacedAdoption: [] as number[] };
    for (const [child, i] of firstE1) {
      for (const j of byChild.get(child) ?? []) {
        const decided = placed[j]!.DATE_PLACED;
        if (validDate(decided) && decided > episodes[i]!.DECOM) {
          flagged.Episodes.push(i);
          flagged.PlacedAdoption.push(j);
        }
      }
    }
    return flagged;
  },
  examples: [
    {
      description: 'a decision after the first E1 episode flags both rows',
      current: {
        Episodes: [
          { CHILD: '1', LS: 'E1', DECOM: '2020-01-01' },
          { CHILD: '1', LS: 'E1', DECOM: '2020-06-01' },
        ],
        PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '2020-05-26' }],
      },
      expect: { Episodes: [0], PlacedAdoption: [0] },
    },
    {
      description: 'a decision on the E1 start date passes',
      current: {
        Episodes: [{ CHILD: '1', LS: 'E1', DECOM: '2020-01-11' }],
        PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '2020-01-11' }],
      },
      expect: {},
    },
  ],
};
