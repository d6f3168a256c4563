import { eachRow } from '../each-row.ts';
import type { RuleDefinition } from '../rule.ts';
import { SHORT_BREAK_STATUSES } from '../shared-200-399.ts';

/** 398 — short-break episodes (LS V3/V4) must have no home or placement postcode (no distance data). */
export const rule398: RuleDefinition = {
  code: '398',
  message: 'Distance field completed but child looked after under legal status V3 or V4.',
  tables: ['Episodes'],
  fields: ['LS', 'HOME_POST', 'PL_POST'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  ...eachRow('Episodes', (e) => SHORT_BREAK_STATUSES.has(e.LS) && (e.HOME_POST !== '' || e.PL_POST !== '')),
  examples: [
    {
      description: 'a V3 episode with postcodes, and a V4 episode with a home postcode, are flagged',
      current: {
        Episodes: [
          { CHILD: '1', LS: 'V3', HOME_POST: 'AB1 0JD', PL_POST: 'AB1 0JD' },
          { CHILD: '2', LS: 'V4', HOME_POST: 'AB1 0JD' },
        ],
      },
      expect: { Episodes: [0, 1] },
    },
    {
      description: 'a V3 episode without postcodes, and a C2 episode with them, pass',
      current: {
        Episodes: [
          { CHILD: '1', LS: 'V3' },
          { CHILD: '2', LS: 'C2', HOME_POST: 'AB1 0JD', PL_POST: 'AB1 0JD' },
        ],
      },
      expect: {},
    },
  ],
};
