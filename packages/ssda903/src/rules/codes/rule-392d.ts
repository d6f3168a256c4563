import { eachRow } from '../each-row.ts';
import type { RuleDefinition } from '../rule.ts';

/** 392d — the home and placement postcodes must differ unless the child is placed with parents (P1). */
export const rule392d: RuleDefinition = {
  code: '392d',
  message: 'Home and placement postcodes should not be same unless the placement type is P1.',
  tables: ['Episodes'],
  fields: ['HOME_POST', 'PL_POST', 'PLACE'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  ...eachRow('Episodes', (e) => e.PLACE !== 'P1' && e.HOME_POST !== '' && e.HOME_POST === e.PL_POST),
  examples: [
    {
      description: 'a U1 placement at the home postcode is flagged',
      current: { Episodes: [{ CHILD: '1', PLACE: 'U1', HOME_POST: 'BN20 1AA', PL_POST: 'BN20 1AA' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'a P1 placement at home, and a placement elsewhere, pass',
      current: {
        Episodes: [
          { CHILD: '1', PLACE: 'P1', HOME_POST: 'BN20 1AA', PL_POST: 'BN20 1AA' },
          { CHILD: '2', PLACE: 'U1', HOME_POST: 'BN20 1AA', PL_POST: 'BN21 1AA' },
        ],
      },
      expect: {},
    },
  ],
};
