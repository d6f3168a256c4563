import { isDate } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';
import { childRows, uascStatusByChild } from '../shared-200-399.ts';

const notUasc = (status: string | undefined) => status === undefined || status === '0' || status === '';

/**
 * 205C — a child who is UASC in neither year must have no date UASC ceased (DUC) in either year.
 * Flags the UASC row and the child's Header row.
 */
export const rule205C: RuleDefinition = {
  code: '205C',
  message: 'Child not identified as UASC either this year or last year but date UASC ceased has been provided.',
  tables: ['UASC', 'Header'],
  fields: ['DUC', 'UASC'],
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
    const out = { UASC: [] as number[], Header: [] as number[] };
    uasc.forEach((row, i) => {
      const lastRows = uascLastRows(row.CHILD);
      if (lastRows.length > 0 && !notUasc(lastStatus.get(row.CHILD))) return;
      const headerRows = headerRowsOf(row.CHILD);
      const notUascNow = headerRows.filter((h) => notUasc(header[h]!.UASC));
      if (headerRows.length > 0 && notUascNow.length === 0) return;
      const hasDuc = isDate(row.DUC) || lastRows.some((j) => isDate(uascLast[j]!.DUC));
      if (!hasDuc) return;
      out.UASC.push(i);
      out.Header.push(...notUascNow);
    });
    return out;
  },
  examples: [
    {
      description: 'a DUC for a child UASC in neither year is flagged',
      current: {
        Header: [{ CHILD: '1', UASC: '0' }],
        UASC: [{ CHILD: '1', DOB: '2003-02-19', DUC: '' }],
      },
      previous: {
        Header: [{ CHILD: '1', UASC: '0' }],
        UASC: [{ CHILD: '1', DOB: '2003-02-19', DUC: '2021-02-19' }],
      },
      expect: { UASC: [0], Header: [0] },
    },
    {
      description: 'a DUC for a child who is UASC this year passes',
      current: {
        Header: [{ CHILD: '1', UASC: '1' }],
        UASC: [{ CHILD: '1', DOB: '2003-02-19', DUC: '2021-02-19' }],
      },
      previous: {
        Header: [{ CHILD: '1', UASC: '0' }],
        UASC: [{ CHILD: '1', DOB: '2003-02-19', DUC: '' }],
      },
      expect: {},
    },
  ],
};
