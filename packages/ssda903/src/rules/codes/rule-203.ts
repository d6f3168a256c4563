import type { RuleDefinition } from '../rule.ts';
import { childRows, dateOrNull } from '../shared-200-399.ts';

/**
 * 203 — DOB must agree with the DOB recorded for the same child last year. Like the reference, unreadable
 * dates compare as "no date", so two unreadable values (or an unreadable one and a blank) agree.
 */
export const rule203: RuleDefinition = {
  code: '203',
  message: 'Date of birth disagrees with the date of birth already recorded for this child.',
  tables: ['Header'],
  fields: ['DOB'],
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
      const dob = dateOrNull(row.DOB);
      if (headerLastRows(row.CHILD).some((j) => dateOrNull(last[j]!.DOB) !== dob)) {
        out.push(i);
      }
    });
    return { Header: out };
  },
  examples: [
    {
      description: 'a date of birth one day different from last year is flagged',
      current: { Header: [{ CHILD: '1', DOB: '2016-09-23' }] },
      previous: { Header: [{ CHILD: '1', DOB: '2016-09-22' }] },
      expect: { Header: [0] },
    },
    {
      description: 'the same date, and a date that is unreadable in both years, pass',
      current: {
        Header: [
          { CHILD: '1', DOB: '2016-09-23' },
          { CHILD: '2', DOB: '31/02/2018' },
        ],
      },
      previous: {
        Header: [
          { CHILD: '1', DOB: '2016-09-23' },
          { CHILD: '2', DOB: '30/02/2018' },
        ],
      },
      expect: {},
    },
  ],
};
