import { isDate } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';
import { childRows, uascStatusByChild } from '../shared-200-399.ts';

/**
 * 205A — a child who was UASC last year but is not UASC this year must have had their UASC status end
 * (DUC) during last year's collection year, and must have no DUC this year. Flags the UASC row and the
 * child's Header row.
 */
export const rule205A: RuleDefinition = {
  code: '205A',
  message:
    'Child identified as UASC last year is no longer UASC this year, but date UASC ceased in both years does not support this.',
  tables: ['UASC', 'Header'],
  fields: ['CHILD', 'UASC'],
  years: { from: 2023 },
  needs: ['previous'],
  needsTables: ['UASC', 'Header'],
  check: (ctx) => {
    const uascLastRows = childRows(ctx, 'UASC', 'previous');
    const headerRowsOf = childRows(ctx, 'Header');
    const uasc = ctx.current.UASC ?? [];
    const header = ctx.current.Header ?? [];
    const uascLast = ctx.previous?.UASC;
    if (!uascLast) return {};
    const lastStatus = uascStatusByChild(ctx, 'previous');
    const lastStart = `${ctx.year - 2}-04-01`;
    const lastEnd = `${ctx.year - 1}-03-31`;
    const out = { UASC: [] as number[], Header: [] as number[] };
    uasc.forEach((row, i) => {
      // Last year's status comes with last year's UASC row: a child without one was not UASC last year here.
      const lastRows = uascLastRows(row.CHILD);
      if (lastRows.length === 0 || lastStatus.get(row.CHILD) !== '1') return;
      const endedLastYear = (duc: string) => isDate(duc) && duc >= lastStart && duc <= lastEnd;
      const unsupported = row.DUC !== '' || lastRows.some((j) => !endedLastYear(uascLast[j]!.DUC));
      if (!unsupported) return;
      const headerRows = headerRowsOf(row.CHILD);
      const notUascNow = headerRows.filter((h) => header[h]!.UASC !== '1');
      if (headerRows.length > 0 && notUascNow.length === 0) return;
      out.UASC.push(i);
      out.Header.push(...notUascNow);
    });
    return out;
  },
  examples: [
    {
      description: 'UASC last year, not this year, but last year’s DUC fell outside last year is flagged',
      year: 2025,
      current: {
        Header: [{ CHILD: '1', UASC: '0' }],
        UASC: [{ CHILD: '1', DOB: '2007-03-03', DUC: '' }],
      },
      previous: {
        Header: [{ CHILD: '1', UASC: '1' }],
        UASC: [{ CHILD: '1', DOB: '2007-03-03', DUC: '2025-03-03' }],
      },
      expect: { UASC: [0], Header: [0] },
    },
    {
      description: 'UASC status that ended during last year, with no DUC this year, passes',
      year: 2025,
      current: {
        Header: [{ CHILD: '1', UASC: '0' }],
        UASC: [{ CHILD: '1', DOB: '2006-06-04', DUC: '' }],
      },
      previous: {
        Header: [{ CHILD: '1', UASC: '1' }],
        UASC: [{ CHILD: '1', DOB: '2006-06-04', DUC: '2024-01-20' }],
      },
      expect: {},
    },
  ],
};
