import type { RuleDefinition } from '../rule.ts';
import { validDate } from '../shared-400-plus.ts';

const ADOPTION = new Set(['A3', 'A4', 'A5', 'A6']);

/** 552 — the latest decision to place for adoption must be on or before the first adoption placement. */
export const rule552: RuleDefinition = {
  code: '552',
  message:
    'Date of Decision to place a child for adoption should be on or prior to the date that the child was placed for adoption.',
  tables: ['PlacedAdoption', 'Episodes'],
  fields: ['DATE_PLACED', 'DECOM'],
  years: { from: 2023 },
  needsTables: ['Episodes', 'PlacedAdoption'],
  check: (ctx) => {
    const episodes = ctx.current.Episodes ?? [];
    const placed = ctx.current.PlacedAdoption ?? [];
    // Latest decision per child (first row among equal dates).
    const lastDecision = new Map<string, number>();
    placed.forEach((p, j) => {
      if (!validDate(p.DATE_PLACED)) return;
      const best = lastDecision.get(p.CHILD);
      if (best === undefined || p.DATE_PLACED > placed[best]!.DATE_PLACED) lastDecision.set(p.CHILD, j);
    });
    // First adoption placement per child (first row among equal dates).
    const firstAdoption = new Map<string, number>();
    episodes.forEach((e, i) => {
      if (!ADOPTION.has(e.PLACE) || !validDate(e.DECOM)) return;
      const best = firstAdoption.get(e.CHILD);
      if (best === undefined || e.DECOM < episodes[best]!.DECOM) firstAdoption.set(e.CHILD, i);
    });
    const flagged = { Episodes: [] as number[], PlacedAdoption: [] as number[] };
    for (const [child, i] of firstAdoption) {
      const j = lastDecision.get(child);
      if (j !== undefined && episodes[i]!.DECOM < placed[j]!.DATE_PLACED) {
        flagged.Episodes.push(i);
        flagged.PlacedAdoption.push(j);
      }
    }
    return flagged;
  },
  examples: [
    {
      description: 'a decision after the first adoption placement flags both rows',
      current: {
        Episodes: [{ CHILD: '1', PLACE: 'A6', DECOM: '2021-10-13' }],
        PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '2022-10-13' }],
      },
      expect: { Episodes: [0], PlacedAdoption: [0] },
    },
    {
      description: 'a decision on the placement date passes',
      current: {
        Episodes: [{ CHILD: '1', PLACE: 'A3', DECOM: '2020-03-08' }],
        PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '2020-03-08' }],
      },
      expect: {},
    },
  ],
};
