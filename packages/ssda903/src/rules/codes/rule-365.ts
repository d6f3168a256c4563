import { eachRow } from '../each-row.ts';
import { isDate } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';
import { daysFrom } from '../shared-200-399.ts';

/**
 * 365 — an individual short break (LS V3) must not last more than 17 days; an open episode runs to the
 * collection end.
 */
export const rule365: RuleDefinition = {
  code: '365',
  message: 'Any individual short- term respite placement must not exceed 17 days.',
  tables: ['Episodes'],
  fields: ['LS', 'DECOM', 'DEC'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  ...eachRow('Episodes', (e, ctx) => {
    if (e.LS !== 'V3' || !isDate(e.DECOM)) return false;
    const end = e.DEC === '' ? ctx.collectionEnd : e.DEC;
    return isDate(end) && daysFrom(e.DECOM, end) > 17;
  }),
  examples: [
    {
      description: 'a V3 break of 18 days, and an open V3 break started a month before the year end, are flagged',
      year: 2024,
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2023-02-01', DEC: '2023-02-19', LS: 'V3' },
          { CHILD: '2', DECOM: '2024-03-01', DEC: '', LS: 'V3' },
        ],
      },
      expect: { Episodes: [0, 1] },
    },
    {
      description: 'a V3 break of 17 days, and a long V2 episode, pass',
      year: 2024,
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2023-01-01', DEC: '2023-01-18', LS: 'V3' },
          { CHILD: '2', DECOM: '2023-01-01', DEC: '2023-06-01', LS: 'V2' },
        ],
      },
      expect: {},
    },
  ],
};
