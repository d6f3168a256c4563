import { addYears, isDate } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';
import { childRows } from '../shared-200-399.ts';

/** 352 — a child cannot start to be looked after (RNE S) on or after their 18th birthday. */
export const rule352: RuleDefinition = {
  code: '352',
  message: 'Child who started to be looked after was aged 18 or over.',
  tables: ['Episodes'],
  fields: ['DECOM', 'RNE'],
  years: { from: 2023 },
  needsTables: ['Header', 'Episodes'],
  check: (ctx) => {
    const headerRows = childRows(ctx, 'Header');
    const header = ctx.current.Header ?? [];
    const out: number[] = [];
    (ctx.current.Episodes ?? []).forEach((e, i) => {
      if (e.RNE !== 'S' || !isDate(e.DECOM)) return;
      const adult = headerRows(e.CHILD).some((h) => {
        const dob = header[h]!.DOB;
        return isDate(dob) && addYears(dob, 18) <= e.DECOM;
      });
      if (adult) out.push(i);
    });
    return { Episodes: out };
  },
  examples: [
    {
      description: 'care starting on the 18th birthday is flagged',
      current: {
        Header: [{ CHILD: '1', DOB: '2002-09-23' }],
        Episodes: [{ CHILD: '1', DECOM: '2020-09-23', RNE: 'S' }],
      },
      expect: { Episodes: [0] },
    },
    {
      description: 'care starting the day before, and a later non-S episode, pass',
      current: {
        Header: [{ CHILD: '1', DOB: '2002-09-23' }],
        Episodes: [
          { CHILD: '1', DECOM: '2020-09-22', RNE: 'S' },
          { CHILD: '1', DECOM: '2020-10-01', RNE: 'L' },
        ],
      },
      expect: {},
    },
  ],
};
