import type { RuleDefinition } from '../rule.ts';
import { validDate } from '../shared-400-plus.ts';

/** 574 — a child's missing periods must not overlap, and a new one cannot start while the previous is open. */
export const rule574: RuleDefinition = {
  code: '574',
  message:
    'A new missing/away from placement without authorisation period cannot start when the previous missing/away from placement without authorisation period is still open. Missing/away from placement without authorisation periods should also not overlap.',
  tables: ['Missing'],
  fields: ['MIS_START', 'MIS_END'],
  years: { from: 2023 },
  needsTables: ['Missing'],
  check: (ctx) => {
    const missing = ctx.current.Missing ?? [];
    const date = (v: string) => (validDate(v) ? v : null);
    // Order: end date (or start date when open), then start date; missing dates last; then file order.
    const key = (i: number): [string, string] => {
      const m = missing[i]!;
      return [date(m.MIS_END) ?? date(m.MIS_START) ?? '~', date(m.MIS_START) ?? '~'];
    };
    const out: number[] = [];
    for (const list of ctx.byChild('Missing').values()) {
      const sorted = [...list].sort((a, b) => {
        const [a1, a2] = key(a);
        const [b1, b2] = key(b);
        if (a1 !== b1) return a1 < b1 ? -1 : 1;
        if (a2 !== b2) return a2 < b2 ? -1 : 1;
        return a - b;
      });
      for (let k = 1; k < sorted.length; k++) {
        const prev = missing[sorted[k - 1]!]!;
        const cur = missing[sorted[k]!]!;
        const prevEnd = date(prev.MIS_END);
        const start = date(cur.MIS_START);
        if (prevEnd === null || (start !== null && start < prevEnd)) out.push(sorted[k]!);
      }
    }
    return { Missing: out };
  },
  examples: [
    {
      description: 'a period after an open one, and an overlapping period, are flagged',
      current: {
        Missing: [
          { CHILD: '1', MIS_START: '2020-06-03', MIS_END: '2020-06-04' },
          { CHILD: '1', MIS_START: '2020-06-04', MIS_END: '' },
          { CHILD: '1', MIS_START: '2020-06-07', MIS_END: '2020-06-09' },
          { CHILD: '2', MIS_START: '2020-06-02', MIS_END: '2020-06-04' },
          { CHILD: '2', MIS_START: '2020-06-03', MIS_END: '2020-06-09' },
        ],
      },
      expect: { Missing: [2, 4] },
    },
    {
      description: 'back-to-back periods pass',
      current: {
        Missing: [
          { CHILD: '1', MIS_START: '2020-06-06', MIS_END: '2020-06-08' },
          { CHILD: '1', MIS_START: '2020-06-08', MIS_END: '2020-06-10' },
        ],
      },
      expect: {},
    },
  ],
};
