import type { RuleDefinition } from '../rule.ts';
import { numberOrNull } from '../shared-400-plus.ts';

/** 454 (from 2025/26) — a placement more than 350 miles from home is queried (999.9 is the "not applicable" value). */
export const rule454: RuleDefinition = {
  code: '454',
  message:
    'Placement distance from home is over 350 miles. [NOTE: This check will result in false positives for children formerly UASC not identified as such in loaded data]',
  severity: 'query',
  tables: ['Episodes'],
  fields: ['PL_DISTANCE'],
  years: { from: 2026 },
  needs: ['postcodes'],
  needsTables: ['Episodes'],
  check: (ctx) => {
    const out: number[] = [];
    (ctx.current.Episodes ?? []).forEach((e, i) => {
      const d = numberOrNull(e.PL_DISTANCE);
      if (d !== null && d > 350 && d !== 999.9) out.push(i);
    });
    return { Episodes: out };
  },
  examples: [
    {
      description: '351 miles is flagged',
      current: { Episodes: [{ CHILD: '1', PL_DISTANCE: '351' }] },
      expect: { Episodes: [0] },
    },
    {
      description: '350 miles and 999.9 pass',
      current: {
        Episodes: [
          { CHILD: '1', PL_DISTANCE: '350' },
          { CHILD: '2', PL_DISTANCE: '999.9' },
          { CHILD: '3', PL_DISTANCE: '' },
        ],
      },
      expect: {},
    },
  ],
};
