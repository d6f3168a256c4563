import { eachRow } from '../each-row.ts';
import { isDate } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/** 301 — the date of birth must not be after the end of the collection year. */
export const rule301: RuleDefinition = {
  code: '301',
  message: 'Date of birth falls after the year ended.',
  tables: ['Header'],
  fields: ['DOB'],
  years: { from: 2023 },
  needsTables: ['Header'],
  ...eachRow('Header', (h, ctx) => isDate(h.DOB) && h.DOB > ctx.collectionEnd),
  examples: [
    {
      description: 'a birth on 1 April after the year ended is flagged',
      year: 2024,
      current: { Header: [{ CHILD: '1', DOB: '2024-04-01' }] },
      expect: { Header: [0] },
    },
    {
      description: 'a birth on 31 March, and a blank date of birth, pass',
      year: 2024,
      current: {
        Header: [
          { CHILD: '1', DOB: '2024-03-31' },
          { CHILD: '2', DOB: '' },
        ],
      },
      expect: {},
    },
  ],
};
