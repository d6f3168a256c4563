import type { RuleDefinition } from '../rule.ts';

/**
 * 377 — no more than two temporary placements while the usual foster carers are on holiday (T3): for a child
 * with three or more T3 episodes in the return, every T3 episode is flagged.
 */
export const rule377: RuleDefinition = {
  code: '377',
  message:
    'Only two temporary placements coded as being due to holiday of usual foster carer(s) are allowed in any 12- month period.',
  tables: ['Episodes'],
  fields: ['PLACE'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  check: (ctx) => {
    const episodes = ctx.current.Episodes ?? [];
    const out: number[] = [];
    for (const list of ctx.byChild('Episodes').values()) {
      const t3 = list.filter((i) => episodes[i]!.PLACE === 'T3');
      if (t3.length > 2) out.push(...t3);
    }
    return { Episodes: out };
  },
  examples: [
    {
      description: 'a child with three T3 placements has all three flagged',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2022-06-01', PLACE: 'T3' },
          { CHILD: '1', DECOM: '2022-06-05', PLACE: 'U3' },
          { CHILD: '1', DECOM: '2022-06-06', PLACE: 'T3' },
          { CHILD: '1', DECOM: '2022-06-08', PLACE: 'T3' },
        ],
      },
      expect: { Episodes: [0, 2, 3] },
    },
    {
      description: 'two T3 placements pass',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2022-06-06', PLACE: 'T3' },
          { CHILD: '1', DECOM: '2022-06-10', PLACE: 'T3' },
        ],
      },
      expect: {},
    },
  ],
};
