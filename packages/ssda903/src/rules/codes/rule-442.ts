import type { RuleDefinition } from '../rule.ts';

/** 442 — a child with any episode other than a short break (V3/V4) needs a UPN. */
export const rule442: RuleDefinition = {
  code: '442',
  message: 'Unique Pupil Number (UPN) field is not completed.',
  tables: ['Header'],
  fields: ['UPN'],
  years: { from: 2023 },
  needsTables: ['Episodes', 'Header'],
  check: (ctx) => {
    const notShortBreak = new Set<string>();
    for (const e of ctx.current.Episodes ?? []) if (e.LS !== 'V3' && e.LS !== 'V4') notShortBreak.add(e.CHILD);
    const out: number[] = [];
    (ctx.current.Header ?? []).forEach((h, i) => {
      if (h.UPN === '' && notShortBreak.has(h.CHILD)) out.push(i);
    });
    return { Header: out };
  },
  examples: [
    {
      description: 'a looked-after child without a UPN is flagged',
      current: { Header: [{ CHILD: '1', UPN: '' }], Episodes: [{ CHILD: '1', LS: 'C2' }] },
      expect: { Header: [0] },
    },
    {
      description: 'a short-break child without a UPN, and a child with UN3, pass',
      current: {
        Header: [
          { CHILD: '1', UPN: '' },
          { CHILD: '2', UPN: 'UN3' },
        ],
        Episodes: [
          { CHILD: '1', LS: 'V3' },
          { CHILD: '2', LS: 'C2' },
        ],
      },
      expect: {},
    },
  ],
};
