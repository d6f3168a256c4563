import { addYears, isDate } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';
import { childRows } from '../shared-200-399.ts';

/**
 * 389 — a child transferred to adult social care (REC E7) must be 16 or over on the day care ended. As in the
 * reference, an episode whose end date or the child's age cannot be read is flagged.
 */
export const rule389: RuleDefinition = {
  code: '389',
  message:
    'Reason episode ceased is that child transferred to care of adult social care services, but child is aged under 16.',
  tables: ['Episodes'],
  fields: ['REC'],
  years: { from: 2023 },
  needsTables: ['Header', 'Episodes'],
  check: (ctx) => {
    const headerRows = childRows(ctx, 'Header');
    const header = ctx.current.Header ?? [];
    const out: number[] = [];
    (ctx.current.Episodes ?? []).forEach((e, i) => {
      if (e.REC !== 'E7') return;
      const rows = headerRows(e.CHILD);
      const under16 = (h: number) => {
        const dob = header[h]!.DOB;
        return !isDate(dob) || !isDate(e.DEC) || addYears(dob, 16) > e.DEC;
      };
      if (rows.length === 0 || rows.some(under16)) out.push(i);
    });
    return { Episodes: out };
  },
  examples: [
    {
      description: 'a transfer to adult services at 15, and an E7 episode with no end date, are flagged',
      current: {
        Header: [{ CHILD: '1', DOB: '2005-03-17' }],
        Episodes: [
          { CHILD: '1', DECOM: '2019-01-01', DEC: '2020-06-17', REC: 'E7' },
          { CHILD: '1', DECOM: '2020-06-17', DEC: '', REC: 'E7' },
        ],
      },
      expect: { Episodes: [0, 1] },
    },
    {
      description: 'a transfer on the 16th birthday passes',
      current: {
        Header: [{ CHILD: '1', DOB: '2005-03-16' }],
        Episodes: [{ CHILD: '1', DECOM: '2019-01-01', DEC: '2021-03-16', REC: 'E7' }],
      },
      expect: {},
    },
  ],
};
