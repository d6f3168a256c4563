import type { RuleDefinition } from '../rule.ts';

/**
 * 392c — postcodes given must be real postcodes. Needs the postcode reference: a placement postcode that the
 * reference could not place has no PL_LA; a home postcode that it could not place leaves no PL_DISTANCE even
 * though the placement postcode was found. (A home postcode on an episode without a placement postcode cannot
 * be checked from the derived fields.)
 */
export const rule392c: RuleDefinition = {
  code: '392c',
  message: 'Postcode(s) provided are invalid.',
  tables: ['Episodes'],
  fields: ['HOME_POST', 'PL_POST'],
  years: { from: 2023 },
  needs: ['postcodes'],
  needsTables: ['Episodes'],
  check: (ctx) => {
    const out: number[] = [];
    (ctx.current.Episodes ?? []).forEach((e, i) => {
      const placementUnknown = e.PL_POST !== '' && e.PL_LA === '';
      const homeUnknown = e.HOME_POST !== '' && e.PL_POST !== '' && e.PL_LA !== '' && e.PL_DISTANCE === '';
      if (placementUnknown || homeUnknown) out.push(i);
    });
    return { Episodes: out };
  },
  examples: [
    {
      description: 'an unknown placement postcode, and an unknown home postcode, are flagged',
      current: {
        Episodes: [
          { CHILD: '1', HOME_POST: 'AB1 0JD', PL_POST: 'Q6 7TT', PL_LA: '', PL_DISTANCE: '' },
          { CHILD: '2', HOME_POST: 'INVALID', PL_POST: 'AB1 0JD', PL_LA: 'S12000033', PL_DISTANCE: '' },
        ],
      },
      expect: { Episodes: [0, 1] },
    },
    {
      description: 'two known postcodes pass',
      current: {
        Episodes: [{ CHILD: '1', HOME_POST: 'AB1 0JD', PL_POST: 'AB1 0JD', PL_LA: 'S12000033', PL_DISTANCE: '0.0' }],
      },
      expect: {},
    },
  ],
};
