import { eachRow } from '../each-row.ts';
import { addYears, isDate } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/** 351 — a child in the return must not have been over 25 at the start of the collection year. */
export const rule351: RuleDefinition = {
  code: '351',
  message: 'Child was over 25 at the start of the current collection year.',
  tables: ['Header'],
  fields: ['DOB'],
  years: { from: 2023 },
  needsTables: ['Header'],
  ...eachRow('Header', (h, ctx) => isDate(h.DOB) && addYears(h.DOB, 25) < ctx.collectionStart),
  examples: [
    {
      description: 'a child whose 25th birthday was the day before the year started is flagged',
      year: 2024,
      current: { Header: [{ CHILD: '1', DOB: '1998-03-31' }] },
      expect: { Header: [0] },
    },
    {
      description: 'a 25th birthday on the first day of the year passes',
      year: 2024,
      current: { Header: [{ CHILD: '1', DOB: '1998-04-01' }] },
      expect: {},
    },
  ],
};
