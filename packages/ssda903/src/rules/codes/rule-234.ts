import { addYears, isDate } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';
import { childRows } from '../shared-200-399.ts';

/**
 * 234 (from 2025/26) — a placement cannot change because a child under 10 was taken into custody: an episode
 * starting before the child's 10th birthday must not have reason for placement change CUSTOD. Flags the
 * episode and the child's Header row.
 */
export const rule234: RuleDefinition = {
  code: '234',
  message: 'A child aged under 10 can not change placement due to being admitted to custody',
  tables: ['Episodes', 'Header'],
  fields: ['REASON_PLACE_CHANGE'],
  years: { from: 2026 },
  needsTables: ['Episodes', 'Header'],
  check: (ctx) => {
    const headerRows = childRows(ctx, 'Header');
    const header = ctx.current.Header ?? [];
    const out = { Episodes: [] as number[], Header: [] as number[] };
    (ctx.current.Episodes ?? []).forEach((e, i) => {
      if (e.REASON_PLACE_CHANGE !== 'CUSTOD' || !isDate(e.DECOM)) return;
      const under10 = headerRows(e.CHILD).filter((h) => {
        const dob = header[h]!.DOB;
        return isDate(dob) && addYears(dob, 10) > e.DECOM;
      });
      if (under10.length === 0) return;
      out.Episodes.push(i);
      out.Header.push(...under10);
    });
    return out;
  },
  examples: [
    {
      description: 'CUSTOD on an episode starting when the child was 9 is flagged',
      current: {
        Header: [{ CHILD: '1', DOB: '2000-01-01' }],
        Episodes: [{ CHILD: '1', DECOM: '2009-01-01', REASON_PLACE_CHANGE: 'CUSTOD' }],
      },
      expect: { Episodes: [0], Header: [0] },
    },
    {
      description: 'CUSTOD on the 10th birthday, and another reason at 9, pass',
      current: {
        Header: [
          { CHILD: '1', DOB: '2000-01-01' },
          { CHILD: '2', DOB: '2000-01-01' },
        ],
        Episodes: [
          { CHILD: '1', DECOM: '2010-01-01', REASON_PLACE_CHANGE: 'CUSTOD' },
          { CHILD: '2', DECOM: '2009-01-01', REASON_PLACE_CHANGE: 'OTHER' },
        ],
      },
      expect: {},
    },
  ],
};
