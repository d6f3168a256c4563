import { dayOf } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/**
 * 118 — a decision that the child should no longer be placed for adoption (DATE_PLACED_CEASED) cannot be
 * before the start of the collection year, nor before the start of the child's earliest episode that is not
 * a V3/V4 short break.
 */
export const rule118: RuleDefinition = {
  code: '118',
  message:
    'Date of decision that a child should no longer be placed for adoption is before the current collection year or before the date the child started to be looked after.',
  tables: ['PlacedAdoption', 'Episodes'],
  fields: ['DATE_PLACED_CEASED', 'DECOM', 'LS'],
  years: { from: 2023 },
  needsTables: ['Episodes', 'PlacedAdoption'],
  check: (ctx) => {
    const start = dayOf(ctx.collectionStart)!;
    const episodes = ctx.current.Episodes ?? [];
    const earliest = new Map<string, { index: number; decom: number }>();
    for (let i = 0; i < episodes.length; i++) {
      const e = episodes[i]!;
      const decom = dayOf(e.DECOM);
      if (decom === null || e.LS === 'V3' || e.LS === 'V4') continue;
      const best = earliest.get(e.CHILD);
      if (!best || decom < best.decom) earliest.set(e.CHILD, { index: i, decom });
    }
    const flagged = { PlacedAdoption: [] as number[], Episodes: [] as number[] };
    (ctx.current.PlacedAdoption ?? []).forEach((pa, i) => {
      const first = earliest.get(pa.CHILD);
      const ceased = dayOf(pa.DATE_PLACED_CEASED);
      if (!first || ceased === null) return;
      if (ceased < first.decom || ceased < start) {
        flagged.PlacedAdoption.push(i);
        flagged.Episodes.push(first.index);
      }
    });
    return flagged;
  },
  examples: [
    {
      description: 'a reversal before 1 April, and one before care began, are flagged with the first episode',
      year: 2026,
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2024-01-01', LS: 'C2' },
          { CHILD: '2', DECOM: '2025-05-01', LS: 'C2' },
        ],
        PlacedAdoption: [
          { CHILD: '1', DATE_PLACED_CEASED: '2025-03-01' },
          { CHILD: '2', DATE_PLACED_CEASED: '2025-04-20' },
        ],
      },
      expect: { PlacedAdoption: [0, 1], Episodes: [0, 1] },
    },
    {
      description: 'a reversal in the year after care began passes; short-break episodes do not count as the start',
      year: 2026,
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2025-01-01', LS: 'C2' },
          { CHILD: '2', DECOM: '2025-06-01', LS: 'V3' },
        ],
        PlacedAdoption: [
          { CHILD: '1', DATE_PLACED_CEASED: '2025-06-01' },
          { CHILD: '2', DATE_PLACED_CEASED: '2025-05-01' },
        ],
      },
      expect: {},
    },
  ],
};
