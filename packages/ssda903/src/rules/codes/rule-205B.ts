import { addYears, isDate } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';
import { childRows, uascStatusByChild } from '../shared-200-399.ts';

/**
 * 205B — a child who is UASC both last year and this year: last year's DUC must be the 18th birthday, and this
 * year's DUC must fall in this collection year or repeat last year's. Flags the UASC row and the Header row.
 *
 * Deviation from the reference: the reference takes the 18th birthday from the last-year UASC row at the same
 * row position as this year's row (a pandas index alignment); Waypoint uses the same child's last-year row.
 */
export const rule205B: RuleDefinition = {
  code: '205B',
  message:
    'Child previously identified as UASC is also UASC this year, but date UASC ceased in both years does not support this.',
  tables: ['UASC', 'Header'],
  fields: ['DUC', 'UASC'],
  years: { from: 2023 },
  needs: ['previous'],
  needsTables: ['UASC', 'Header'],
  check: (ctx) => {
    const headerRows = childRows(ctx, 'Header');
    const uascLastRows = childRows(ctx, 'UASC', 'previous');
    const uasc = ctx.current.UASC ?? [];
    const header = ctx.current.Header ?? [];
    const uascLast = ctx.previous?.UASC;
    if (!uascLast) return {};
    const lastStatus = uascStatusByChild(ctx, 'previous');
    const out = { UASC: [] as number[], Header: [] as number[] };
    uasc.forEach((row, i) => {
      if (lastStatus.get(row.CHILD) !== '1') return;
      const uascNow = headerRows(row.CHILD).filter((h) => header[h]!.UASC === '1');
      if (uascNow.length === 0) return;
      const duc = isDate(row.DUC) ? row.DUC : null;
      const ducInYear = duc !== null && duc >= ctx.collectionStart && duc <= ctx.collectionEnd;
      const unsupported = uascLastRows(row.CHILD).some((j) => {
        const last = uascLast[j]!;
        const lastDuc = isDate(last.DUC) ? last.DUC : null;
        const lastIs18thBirthday = lastDuc !== null && isDate(last.DOB) && lastDuc === addYears(last.DOB, 18);
        const sameAsLast = duc !== null && duc === lastDuc;
        return (!ducInYear && !sameAsLast) || !lastIs18thBirthday;
      });
      if (!unsupported) return;
      out.UASC.push(i);
      out.Header.push(...uascNow);
    });
    return out;
  },
  examples: [
    {
      description: 'UASC both years with last year’s DUC not on the 18th birthday is flagged',
      year: 2025,
      current: {
        Header: [{ CHILD: '1', UASC: '1' }],
        UASC: [{ CHILD: '1', DOB: '2006-11-04', DUC: '2024-11-04' }],
      },
      previous: {
        Header: [{ CHILD: '1', UASC: '1' }],
        UASC: [{ CHILD: '1', DOB: '2006-11-04', DUC: '2024-06-16' }],
      },
      expect: { UASC: [0], Header: [0] },
    },
    {
      description: 'the same DUC, on the 18th birthday, in both years passes',
      year: 2025,
      current: {
        Header: [{ CHILD: '1', UASC: '1' }],
        UASC: [{ CHILD: '1', DOB: '2006-07-23', DUC: '2024-07-23' }],
      },
      previous: {
        Header: [{ CHILD: '1', UASC: '1' }],
        UASC: [{ CHILD: '1', DOB: '2006-07-23', DUC: '2024-07-23' }],
      },
      expect: {},
    },
  ],
};
