import type { RuleDefinition } from '../rule.ts';
import { childRows } from '../shared-200-399.ts';

/** 348 (from 2025/26) — a care leaver reported last year as having died (IN_TOUCH DIED) must still be DIED. */
export const rule348: RuleDefinition = {
  code: '348',
  message: 'Care leaver has previously been reported as having died. ',
  tables: ['OC3'],
  fields: ['IN_TOUCH'],
  years: { from: 2026 },
  needs: ['previous'],
  needsTables: ['OC3'],
  check: (ctx) => {
    const oc3LastRows = childRows(ctx, 'OC3', 'previous');
    const last = ctx.previous?.OC3;
    if (!last) return {};
    const out: number[] = [];
    (ctx.current.OC3 ?? []).forEach((o, i) => {
      if (o.IN_TOUCH === 'DIED') return;
      if (oc3LastRows(o.CHILD).some((j) => last[j]!.IN_TOUCH === 'DIED')) out.push(i);
    });
    return { OC3: out };
  },
  examples: [
    {
      description: 'a care leaver who died last year but is recorded as YES this year is flagged',
      current: { OC3: [{ CHILD: '1', IN_TOUCH: 'YES' }] },
      previous: { OC3: [{ CHILD: '1', IN_TOUCH: 'DIED' }] },
      expect: { OC3: [0] },
    },
    {
      description: 'DIED in both years, and DIED only this year, pass',
      current: {
        OC3: [
          { CHILD: '1', IN_TOUCH: 'DIED' },
          { CHILD: '2', IN_TOUCH: 'DIED' },
        ],
      },
      previous: {
        OC3: [
          { CHILD: '1', IN_TOUCH: 'DIED' },
          { CHILD: '2', IN_TOUCH: 'YES' },
        ],
      },
      expect: {},
    },
  ],
};
