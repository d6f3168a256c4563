import type { RuleDefinition } from '../rule.ts';
import { validDate } from '../shared-400-plus.ts';

/** 1003 — the decision to place for adoption cannot be before the child first started to be looked after (RNE S). */
export const rule1003: RuleDefinition = {
  code: '1003',
  message:
    "Date of LA's decision that a child should be placed for adoption is before the child started to be looked after.",
  tables: ['Episodes', 'PlacedAdoption'],
  fields: ['DATE_PLACED', 'DECOM', 'RNE'],
  years: { from: 2023 },
  needsTables: ['Episodes', 'PlacedAdoption'],
  check: (ctx) => {
    const episodes = ctx.current.Episodes ?? [];
    const placed = ctx.current.PlacedAdoption ?? [];
    const placedByChild = ctx.byChild('PlacedAdoption');
    const firstStart = new Map<string, number>();
    episodes.forEach((e, i) => {
      if (e.RNE !== 'S' || !validDate(e.DECOM)) return;
      const best = firstStart.get(e.CHILD);
      if (best === undefined || e.DECOM < episodes[best]!.DECOM) firstStart.set(e.CHILD, i);
    });
    const flagged = { Episodes: [] as number[], PlacedAdoption: [] as number[] };
    for (const [child, i] of firstStart) {
      for (const j of placedByChild.get(child) ?? []) {
        const decided = placed[j]!.DATE_PLACED;
        if (validDate(decided) && decided < episodes[i]!.DECOM) {
          flagged.Episodes.push(i);
          flagged.PlacedAdoption.push(j);
        }
      }
    }
    return flagged;
  },
  examples: [
    {
      description: 'a decision before the first RNE S episode flags both rows',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '1979-03-01', RNE: 'S' },
          { CHILD: '1', DECOM: '1981-01-01', RNE: 'S' },
        ],
        PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '1978-05-26' }],
      },
      expect: { Episodes: [0], PlacedAdoption: [0] },
    },
    {
      description: 'a decision after care started passes',
      current: {
        Episodes: [{ CHILD: '1', DECOM: '1981-01-01', RNE: 'S' }],
        PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '1981-01-01' }],
      },
      expect: {},
    },
  ],
};
