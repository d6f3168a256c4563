import { addYears, flagRows, isDate } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/**
 * 231 (from 2024/25, query) — UASC are expected to be older: a UASC child born less than 11 years before the
 * collection end date is queried (correct cases need a bypass request).
 *
 * Deviation from the reference: the reference reads a Header column `UASC_STATUS` that does not exist and so
 * fails to run; Waypoint reads the derived Header `UASC`.
 */
export const rule231: RuleDefinition = {
  code: '231',
  message:
    'We expect that unaccompanied asylum seeking children are generally older young people. Please check the date of birth is correct. If the date of birth is correct then please provide details in a bypass request.',
  tables: ['Header'],
  fields: ['DOB', 'UASC'],
  severity: 'query',
  years: { from: 2025 },
  needsTables: ['Header'],
  check: (ctx) => {
    const cutoff = addYears(ctx.collectionEnd, -11);
    return { Header: flagRows(ctx.current.Header, (h) => h.UASC === '1' && isDate(h.DOB) && h.DOB > cutoff) };
  },
  examples: [
    {
      description: 'a UASC child born 1 April 2014 is queried in 2024/25',
      current: { Header: [{ CHILD: '1', DOB: '2014-04-01', UASC: '1' }] },
      expect: { Header: [0] },
    },
    {
      description: 'a UASC child eleven on 31 March 2025, and a young child who is not UASC, pass',
      current: {
        Header: [
          { CHILD: '1', DOB: '2014-03-31', UASC: '1' },
          { CHILD: '2', DOB: '2020-04-01', UASC: '0' },
        ],
      },
      expect: {},
    },
  ],
};
