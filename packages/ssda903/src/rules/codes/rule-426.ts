import type { RuleDefinition } from '../rule.ts';

/** 426 — a short-break child cannot have both V3 and V4 episodes in the year. */
export const rule426: RuleDefinition = {
  code: '426',
  message: 'A child receiving respite care cannot be recorded under a legal status of V3 and V4 in the same year.',
  tables: ['Episodes'],
  fields: ['LS'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  check: (ctx) => {
    const episodes = ctx.current.Episodes ?? [];
    const out: number[] = [];
    for (const list of ctx.byChild('Episodes').values()) {
      const v3 = list.filter((i) => episodes[i]!.LS === 'V3');
      const v4 = list.filter((i) => episodes[i]!.LS === 'V4');
      if (v3.length > 0 && v4.length > 0) out.push(...v3, ...v4);
    }
    return { Episodes: out };
  },
  examples: [
    {
      description: 'every V3 and V4 episode of a child with both is flagged',
      current: {
        Episodes: [
          { CHILD: '1', LS: 'V4' },
          { CHILD: '1', LS: 'V3' },
          { CHILD: '1', LS: 'C2' },
        ],
      },
      expect: { Episodes: [0, 1] },
    },
    {
      description: 'V3 only passes',
      current: {
        Episodes: [
          { CHILD: '1', LS: 'V3' },
          { CHILD: '1', LS: 'V3' },
        ],
      },
      expect: {},
    },
  ],
};
