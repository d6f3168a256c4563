import { addYears, isDate } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';
import { childRows } from '../shared-200-399.ts';

const YOUTH_JUSTICE = new Set(['J1', 'J2', 'J3']);

/**
 * 358 — youth-justice legal statuses (J1, J2, J3) need a child aged 10 or over: an episode starting on or
 * before the 10th birthday is flagged, with the child's Header row.
 */
export const rule358: RuleDefinition = {
  code: '358',
  message: 'Child with this legal status should not be under 10.',
  tables: ['Episodes', 'Header'],
  fields: ['DECOM', 'DOB', 'LS'],
  years: { from: 2023 },
  needsTables: ['Episodes', 'Header'],
  check: (ctx) => {
    const headerRows = childRows(ctx, 'Header');
    const header = ctx.current.Header ?? [];
    const out = { Episodes: [] as number[], Header: [] as number[] };
    (ctx.current.Episodes ?? []).forEach((e, i) => {
      if (!YOUTH_JUSTICE.has(e.LS) || !isDate(e.DECOM)) return;
      const young = headerRows(e.CHILD).filter((h) => {
        const dob = header[h]!.DOB;
        return isDate(dob) && addYears(dob, 10) >= e.DECOM;
      });
      if (young.length === 0) return;
      out.Episodes.push(i);
      out.Header.push(...young);
    });
    return out;
  },
  examples: [
    {
      description: 'a J3 episode for a nine-year-old is flagged in both tables',
      current: {
        Header: [{ CHILD: '1', DOB: '2000-01-01' }],
        Episodes: [{ CHILD: '1', DECOM: '2009-01-01', LS: 'J3' }],
      },
      expect: { Episodes: [0], Header: [0] },
    },
    {
      description: 'a J2 episode the day after the 10th birthday passes',
      current: {
        Header: [{ CHILD: '1', DOB: '2000-01-01' }],
        Episodes: [{ CHILD: '1', DECOM: '2010-01-02', LS: 'J2' }],
      },
      expect: {},
    },
  ],
};
