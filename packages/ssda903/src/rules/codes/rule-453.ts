import type { RuleDefinition } from '../rule.ts';
import { numberOrNull, yearBoundaryPairs } from '../shared-400-plus.ts';

/** 453 — the first episode this year must keep the placement distance of last year's open episode (same RNE). */
export const rule453: RuleDefinition = {
  code: '453',
  message:
    'Contradiction between placement distance in the last episode of the previous year and in the first episode of the current year.',
  tables: ['Episodes'],
  fields: ['PL_DISTANCE'],
  years: { from: 2023 },
  needs: ['previous', 'postcodes'],
  needsTables: ['Episodes'],
  check: (ctx) => {
    const episodes = ctx.current.Episodes ?? [];
    const last = ctx.previous?.Episodes ?? [];
    const out: number[] = [];
    for (const { first: i, last: j } of yearBoundaryPairs(ctx)) {
      const cur = episodes[i]!;
      const prev = last[j]!;
      if (cur.RNE === '' || cur.RNE !== prev.RNE || prev.DEC !== '') continue;
      const a = numberOrNull(cur.PL_DISTANCE);
      const b = numberOrNull(prev.PL_DISTANCE);
      if (a !== null && b !== null && Math.abs(a - b) >= 0.2) out.push(i);
    }
    return { Episodes: out };
  },
  examples: [
    {
      description: 'a distance 0.3 miles different from last year’s open episode is flagged',
      current: { Episodes: [{ CHILD: '1', DECOM: '2024-01-01', RNE: 'S', PL_DISTANCE: '10.3' }] },
      previous: { Episodes: [{ CHILD: '1', DECOM: '2024-01-01', RNE: 'S', DEC: '', PL_DISTANCE: '10.0' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'a distance 0.1 miles different passes',
      current: { Episodes: [{ CHILD: '1', DECOM: '2024-01-01', RNE: 'S', PL_DISTANCE: '10.1' }] },
      previous: { Episodes: [{ CHILD: '1', DECOM: '2024-01-01', RNE: 'S', DEC: '', PL_DISTANCE: '10.0' }] },
      expect: {},
    },
  ],
};
