import type { RuleDefinition } from '../rule.ts';

const UNKNOWN_UPN = new Set(['UN1', 'UN2', 'UN3', 'UN4', 'UN5']);

/** 444 (from 2025/26) — a UPN (other than UN1–UN5) must be unique within the return. */
export const rule444: RuleDefinition = {
  code: '444',
  message: 'Duplicate UPN has been reported',
  tables: ['Header'],
  fields: ['UPN'],
  years: { from: 2026 },
  needsTables: ['Header'],
  check: (ctx) => {
    const header = ctx.current.Header ?? [];
    const count = new Map<string, number>();
    for (const h of header) {
      if (h.UPN === '' || UNKNOWN_UPN.has(h.UPN)) continue;
      count.set(h.UPN, (count.get(h.UPN) ?? 0) + 1);
    }
    const out: number[] = [];
    header.forEach((h, i) => {
      if ((count.get(h.UPN) ?? 0) > 1) out.push(i);
    });
    return { Header: out };
  },
  examples: [
    {
      description: 'both children sharing a UPN are flagged',
      current: {
        Header: [
          { CHILD: '1', UPN: 'A123456789012' },
          { CHILD: '2', UPN: 'A123456789012' },
          { CHILD: '3', UPN: 'B123456789012' },
        ],
      },
      expect: { Header: [0, 1] },
    },
    {
      description: 'repeated UN codes and blanks pass',
      current: {
        Header: [
          { CHILD: '1', UPN: 'UN1' },
          { CHILD: '2', UPN: 'UN1' },
          { CHILD: '3', UPN: '' },
          { CHILD: '4', UPN: '' },
        ],
      },
      expect: {},
    },
  ],
};
