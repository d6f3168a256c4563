import { isDate } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';
import { childRows } from '../shared-200-399.ts';

/**
 * 334 — the decision that the child should be placed for adoption (AD1 DATE_INT) must not be before the start
 * of the child's latest period of care (the latest episode with RNE S). Flags that episode and the AD1 row.
 */
export const rule334: RuleDefinition = {
  code: '334',
  message:
    'Date child started to be looked after in latest period of care must be on or prior to the date should be placed for adoption. ',
  tables: ['Episodes', 'AD1'],
  fields: ['DATE_INT', 'DECOM', 'RNE'],
  years: { from: 2023 },
  needsTables: ['Episodes', 'AD1'],
  check: (ctx) => {
    const ad1Rows = childRows(ctx, 'AD1');
    const episodes = ctx.current.Episodes ?? [];
    const ad1 = ctx.current.AD1 ?? [];
    const out = { Episodes: [] as number[], AD1: [] as number[] };
    for (const [child, list] of ctx.byChild('Episodes')) {
      // Latest start of care: the greatest DECOM among RNE S episodes, the first such row in file order on a tie.
      let latest: number | undefined;
      for (const i of list) {
        const e = episodes[i]!;
        if (e.RNE === 'S' && isDate(e.DECOM) && (latest === undefined || e.DECOM > episodes[latest]!.DECOM)) {
          latest = i;
        }
      }
      if (latest === undefined) continue;
      const decom = episodes[latest]!.DECOM;
      const early = ad1Rows(child).filter((j) => isDate(ad1[j]!.DATE_INT) && ad1[j]!.DATE_INT < decom);
      if (early.length === 0) continue;
      out.Episodes.push(latest);
      out.AD1.push(...early);
    }
    return out;
  },
  examples: [
    {
      description: 'a decision before the latest period of care started is flagged',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2019-03-01', RNE: 'S' },
          { CHILD: '1', DECOM: '2020-01-01', RNE: 'S' },
        ],
        AD1: [{ CHILD: '1', DATE_INT: '2019-05-26' }],
      },
      expect: { Episodes: [1], AD1: [0] },
    },
    {
      description: 'a decision after the latest start passes; episodes other than S are ignored',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2020-01-01', RNE: 'S' },
          { CHILD: '1', DECOM: '2021-05-26', RNE: 'P' },
        ],
        AD1: [{ CHILD: '1', DATE_INT: '2020-05-26' }],
      },
      expect: {},
    },
  ],
};
