import type { RuleDefinition } from '../rule.ts';

/** 1002 — a care leaver needs episodes this year or last year. */
export const rule1002: RuleDefinition = {
  code: '1002',
  message:
    "This child has no previous episodes of care, therefore should not have care leaver information recorded. [NOTE: This tool can only test the current and previous year data loaded into the tool - this check may generate false positives if a child had episodes prior to last year's collection.]",
  severity: 'query',
  tables: ['OC3'],
  fields: ['IN_TOUCH', 'ACTIV', 'ACCOM'],
  years: { from: 2023 },
  needs: ['previous'],
  needsTables: ['Episodes', 'OC3'],
  check: (ctx) => {
    const now = ctx.byChild('Episodes');
    const last = ctx.byChild('Episodes', 'previous');
    const out: number[] = [];
    (ctx.current.OC3 ?? []).forEach((o, i) => {
      if (!now.has(o.CHILD) && !last.has(o.CHILD)) out.push(i);
    });
    return { OC3: out };
  },
  examples: [
    {
      description: 'a care leaver with no episodes in either year is flagged',
      current: { Episodes: [{ CHILD: '1' }], OC3: [{ CHILD: '4' }] },
      previous: { Episodes: [{ CHILD: '2' }] },
      expect: { OC3: [0] },
    },
    {
      description: 'a care leaver with episodes last year passes',
      current: { Episodes: [{ CHILD: '1' }], OC3: [{ CHILD: '2' }] },
      previous: { Episodes: [{ CHILD: '2' }] },
      expect: {},
    },
  ],
};
