import { addYears, isDate } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';
import { childRows } from '../shared-200-399.ts';

/**
 * 387 — a child leaving care for independent living (REC E5/E6) must be 14 or over on the day care ended.
 * As in the reference, a child whose age cannot be worked out (no Header row or no valid DOB) is flagged.
 */
export const rule387: RuleDefinition = {
  code: '387',
  message: 'Reason episode ceased is child moved into independent living arrangement, but the child is aged under 14.',
  tables: ['Episodes'],
  fields: ['REC'],
  years: { from: 2023 },
  needsTables: ['Header', 'Episodes'],
  check: (ctx) => {
    const headerRows = childRows(ctx, 'Header');
    const header = ctx.current.Header ?? [];
    const out: number[] = [];
    (ctx.current.Episodes ?? []).forEach((e, i) => {
      if ((e.REC !== 'E5' && e.REC !== 'E6') || !isDate(e.DEC)) return;
      const rows = headerRows(e.CHILD);
      const under14 = (h: number) => {
        const dob = header[h]!.DOB;
        return !isDate(dob) || addYears(dob, 14) > e.DEC;
      };
      if (rows.length === 0 || rows.some(under14)) out.push(i);
    });
    return { Episodes: out };
  },
  examples: [
    {
      description: 'independent living for a 13-year-old is flagged',
      current: {
        Header: [{ CHILD: '1', DOB: '2006-12-31' }],
        Episodes: [{ CHILD: '1', DECOM: '2020-01-01', DEC: '2020-08-23', REC: 'E6' }],
      },
      expect: { Episodes: [0] },
    },
    {
      description: 'independent living on the 14th birthday passes',
      current: {
        Header: [{ CHILD: '1', DOB: '2006-08-23' }],
        Episodes: [{ CHILD: '1', DECOM: '2020-01-01', DEC: '2020-08-23', REC: 'E5' }],
      },
      expect: {},
    },
  ],
};
