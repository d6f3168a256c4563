import { isDate } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';
import { childRows } from '../shared-200-399.ts';

const ADOPTED = new Set(['E11', 'E12']);

/**
 * 331 — the date the child was matched with adopters (AD1 DATE_MATCH) must be on or before the start (DECOM)
 * of each episode ending in adoption (REC E11/E12). Flags the AD1 row and the episode.
 */
export const rule331: RuleDefinition = {
  code: '331',
  message:
    'Date of matching child and adopter(s) should be the same as, or prior to, the date of placement of adoption.',
  tables: ['AD1', 'Episodes'],
  fields: ['DATE_MATCH', 'DECOM', 'REC'],
  years: { from: 2023 },
  needsTables: ['AD1', 'Episodes'],
  check: (ctx) => {
    const ad1Rows = childRows(ctx, 'AD1');
    const ad1 = ctx.current.AD1 ?? [];
    const out = { AD1: [] as number[], Episodes: [] as number[] };
    (ctx.current.Episodes ?? []).forEach((e, i) => {
      if (!ADOPTED.has(e.REC) || !isDate(e.DECOM)) return;
      const late = ad1Rows(e.CHILD).filter((j) => {
        const match = ad1[j]!.DATE_MATCH;
        return isDate(match) && match > e.DECOM;
      });
      if (late.length === 0) return;
      out.Episodes.push(i);
      out.AD1.push(...late);
    });
    return out;
  },
  examples: [
    {
      description: 'a match dated a day after the adoption episode started is flagged',
      current: {
        AD1: [{ CHILD: '1', DATE_MATCH: '2020-06-02' }],
        Episodes: [{ CHILD: '1', DECOM: '2020-06-01', REC: 'E11' }],
      },
      expect: { AD1: [0], Episodes: [0] },
    },
    {
      description: 'a match on the start date passes, as does a later match for a non-adoption episode',
      current: {
        AD1: [{ CHILD: '1', DATE_MATCH: '2020-06-01' }],
        Episodes: [
          { CHILD: '1', DECOM: '2020-06-01', REC: 'E12' },
          { CHILD: '1', DECOM: '2020-01-01', REC: 'X1' },
        ],
      },
      expect: {},
    },
  ],
};
