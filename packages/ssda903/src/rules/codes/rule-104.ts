import { dayOf, flagRows } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/** 104 — DUC, when given, must be a real date on or after the start of the collection year. */
export const rule104: RuleDefinition = {
  code: '104',
  message: 'Date for Unaccompanied Asylum-Seeking Children (UASC) status ceased is not a valid date.',
  tables: ['UASC'],
  fields: ['DUC'],
  years: { from: 2023 },
  needsTables: ['UASC'],
  check: (ctx) => {
    const start = dayOf(ctx.collectionStart)!;
    return {
      UASC: flagRows(ctx.current.UASC, (row) => {
        if (row.DUC === '') return false;
        const duc = dayOf(row.DUC);
        return duc === null || duc < start;
      }),
    };
  },
  examples: [
    {
      description: 'an invalid date and a date before 1 April are flagged',
      year: 2026,
      current: {
        UASC: [
          { CHILD: '1', DUC: '31/02/2026' },
          { CHILD: '2', DUC: '2025-03-31' },
        ],
      },
      expect: { UASC: [0, 1] },
    },
    {
      description: 'a blank DUC and a date in the year pass',
      year: 2026,
      current: {
        UASC: [
          { CHILD: '1', DUC: '' },
          { CHILD: '2', DUC: '2025-04-01' },
        ],
      },
      expect: {},
    },
  ],
};
