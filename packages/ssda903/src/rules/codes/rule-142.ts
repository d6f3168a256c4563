import { dayOf } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/**
 * 142 — every episode except the child's latest (by DECOM) must have ended: DEC must be a real date and REC
 * given. Episodes with an invalid DECOM are not checked (141 reports them) but still count as the latest.
 */
export const rule142: RuleDefinition = {
  code: '142',
  message: 'A new episode has started, but the previous episode has not ended.',
  tables: ['Episodes'],
  fields: ['DEC', 'REC'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  check: (ctx) => {
    const episodes = ctx.current.Episodes ?? [];
    const out: number[] = [];
    for (const [child, order] of ctx.episodesByChild()) {
      if (child === '') continue;
      for (let k = 0; k < order.length - 1; k++) {
        const e = episodes[order[k]!]!;
        if (dayOf(e.DECOM) === null) continue;
        if (dayOf(e.DEC) === null || e.REC === '') out.push(order[k]!);
      }
    }
    return { Episodes: out };
  },
  examples: [
    {
      description: 'an earlier episode with no end date, or no reason, is flagged',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2025-06-01', DEC: '2025-06-04', REC: 'X1' },
          { CHILD: '1', DECOM: '2025-06-05', DEC: '2025-06-06', REC: '' },
          { CHILD: '1', DECOM: '2025-06-06', DEC: '', REC: '' },
          { CHILD: '2', DECOM: '2025-06-06', DEC: '', REC: 'E11' },
          { CHILD: '2', DECOM: '2025-06-07', DEC: '', REC: '' },
        ],
      },
      expect: { Episodes: [1, 3] },
    },
    {
      description: 'the latest episode may be open',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2025-06-01', DEC: '2025-06-04', REC: 'X1' },
          { CHILD: '1', DECOM: '2025-06-04', DEC: '', REC: '' },
        ],
      },
      expect: {},
    },
  ],
};
