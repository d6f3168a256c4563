import { addYears, isDate } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';
import { childRows } from '../shared-200-399.ts';

/** 386 — a child cannot leave care through adoption (REC E11/E12) on or after their 18th birthday. */
export const rule386: RuleDefinition = {
  code: '386',
  message: 'Reason episode ceased is adopted but child has reached age 18.',
  tables: ['Episodes'],
  fields: ['REC'],
  years: { from: 2023 },
  needsTables: ['Header', 'Episodes'],
  check: (ctx) => {
    const headerRows = childRows(ctx, 'Header');
    const header = ctx.current.Header ?? [];
    const out: number[] = [];
    (ctx.current.Episodes ?? []).forEach((e, i) => {
      if ((e.REC !== 'E11' && e.REC !== 'E12') || !isDate(e.DEC)) return;
      const adult = headerRows(e.CHILD).some((h) => {
        const dob = header[h]!.DOB;
        return isDate(dob) && addYears(dob, 18) <= e.DEC;
      });
      if (adult) out.push(i);
    });
    return { Episodes: out };
  },
  examples: [
    {
      description: 'an adoption on the 18th birthday is flagged',
      current: {
        Header: [{ CHILD: '1', DOB: '2002-08-23' }],
        Episodes: [{ CHILD: '1', DECOM: '2020-01-01', DEC: '2020-08-23', REC: 'E11' }],
      },
      expect: { Episodes: [0] },
    },
    {
      description: 'an adoption the day before, and an open episode, pass',
      current: {
        Header: [{ CHILD: '1', DOB: '2002-08-23' }],
        Episodes: [
          { CHILD: '1', DECOM: '2020-01-01', DEC: '2020-08-22', REC: 'E12' },
          { CHILD: '1', DECOM: '2020-08-22', DEC: '', REC: '' },
        ],
      },
      expect: {},
    },
  ],
};
