import type { RuleDefinition } from '../rule.ts';
import { childRows } from '../shared-200-399.ts';

/** SEX as one coding: 1/2 (up to 2023/24) and M/F (from 2024/25) mean the same. */
const sexOf = (code: string) => (code === '1' ? 'M' : code === '2' ? 'F' : code);

/**
 * 202 — SEX must agree with the SEX recorded for the same child in last year's Header.
 * Deviation from the reference: it compares the codes as written, so in 2024/25 (last year 1/2, this year M/F)
 * every child is flagged; Waypoint compares the meaning.
 */
export const rule202: RuleDefinition = {
  code: '202',
  message: 'The gender code conflicts with the gender already recorded for this child.',
  tables: ['Header'],
  fields: ['SEX'],
  years: { from: 2023 },
  needs: ['previous'],
  needsTables: ['Header'],
  check: (ctx) => {
    const headerLastRows = childRows(ctx, 'Header', 'previous');
    const header = ctx.current.Header ?? [];
    const last = ctx.previous?.Header;
    if (!last) return {};
    const out: number[] = [];
    header.forEach((row, i) => {
      if (headerLastRows(row.CHILD).some((j) => sexOf(last[j]!.SEX) !== sexOf(row.SEX))) out.push(i);
    });
    return { Header: out };
  },
  examples: [
    {
      description: 'a child recorded as 1 last year and 2 this year is flagged',
      current: { Header: [{ CHILD: '1', SEX: '2' }] },
      previous: { Header: [{ CHILD: '1', SEX: '1' }] },
      expect: { Header: [0] },
    },
    {
      description: 'the same code both years, and a child new this year, pass',
      current: {
        Header: [
          { CHILD: '1', SEX: '1' },
          { CHILD: '2', SEX: '2' },
        ],
      },
      previous: { Header: [{ CHILD: '1', SEX: '1' }] },
      expect: {},
    },
    {
      description: 'the change from 1/2 to M/F coding in 2024/25 is not a conflict; a real change still is',
      year: 2025,
      current: {
        Header: [
          { CHILD: '1', SEX: 'M' },
          { CHILD: '2', SEX: 'M' },
        ],
      },
      previous: {
        Header: [
          { CHILD: '1', SEX: '1' },
          { CHILD: '2', SEX: '2' },
        ],
      },
      expect: { Header: [1] },
    },
  ],
};
