import type { RuleDefinition } from '../rule.ts';

/** 1000 — a child who died in care (REC E2, this year or last) has no care leaver (OC3) information. */
export const rule1000: RuleDefinition = {
  code: '1000',
  message:
    'This child is recorded as having died in care and therefore should not have the care leaver information completed. [NOTE: This only tests the current and previous year data loaded into the tool]',
  severity: 'query',
  tables: ['OC3'],
  fields: ['IN_TOUCH', 'ACTIV', 'ACCOM'],
  years: { from: 2023 },
  needsTables: ['Episodes', 'OC3'],
  check: (ctx) => {
    const died = new Set<string>();
    for (const e of ctx.current.Episodes ?? []) if (e.REC === 'E2') died.add(e.CHILD);
    for (const e of ctx.previous?.Episodes ?? []) if (e.REC === 'E2') died.add(e.CHILD);
    const out: number[] = [];
    (ctx.current.OC3 ?? []).forEach((o, i) => {
      if (died.has(o.CHILD)) out.push(i);
    });
    return { OC3: out };
  },
  examples: [
    {
      description: 'a care leaver who died in care last year is flagged',
      current: { Episodes: [{ CHILD: '2', REC: 'X1' }], OC3: [{ CHILD: '1', IN_TOUCH: 'DIED' }] },
      previous: { Episodes: [{ CHILD: '1', REC: 'E2' }] },
      expect: { OC3: [0] },
    },
    {
      description: 'a care leaver who left care for another reason passes',
      current: { Episodes: [{ CHILD: '1', REC: 'E4A' }], OC3: [{ CHILD: '1', IN_TOUCH: 'YES' }] },
      expect: {},
    },
  ],
};
