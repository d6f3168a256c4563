import { eachRow } from '../each-row.ts';
import { addYears, isDate } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/** 304 — the date UASC status ceased must be on or before the child's 18th birthday. */
export const rule304: RuleDefinition = {
  code: '304',
  message:
    'Date unaccompanied asylum-seeking child (UASC) status ceased must be on or before the 18th birthday of a child.',
  tables: ['UASC'],
  fields: ['DUC'],
  years: { from: 2023 },
  needsTables: ['UASC'],
  ...eachRow('UASC', (u) => isDate(u.DUC) && isDate(u.DOB) && u.DUC > addYears(u.DOB, 18)),
  examples: [
    {
      description: 'a DUC four days after the 18th birthday is flagged',
      current: { UASC: [{ CHILD: '1', DOB: '2000-06-01', DUC: '2018-06-05' }] },
      expect: { UASC: [0] },
    },
    {
      description: 'a DUC on the 18th birthday, and a blank DUC, pass',
      current: {
        UASC: [
          { CHILD: '1', DOB: '2000-06-01', DUC: '2018-06-01' },
          { CHILD: '2', DOB: '2000-06-02', DUC: '' },
        ],
      },
      expect: {},
    },
  ],
};
