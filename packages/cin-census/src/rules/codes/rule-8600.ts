import { addFlag } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/** 8600 — every CIN episode needs a referral date on or before the reference date. */
export const rule8600: ChildRuleDefinition = {
  code: '8600',
  message: 'Child referral date missing or after data collection period',
  type: 'error',
  scope: 'child',
  fields: { CINdetails: ['CINreferralDate'] },
  years: { from: 2023 },
  check: ({ tables, referenceDate }) => {
    let out: RuleFlags | undefined;
    tables.CINdetails.forEach((cin, i) => {
      if (cin.CINreferralDate === '' || cin.CINreferralDate > referenceDate) out = addFlag(out, 'CINdetails', i);
    });
    return out;
  },
  examples: [
    {
      description: 'a missing referral date and one after 31 March are flagged',
      tables: {
        CINdetails: [
          { CINdetailsID: '1', CINreferralDate: '' },
          { CINdetailsID: '2', CINreferralDate: '2023-04-01' },
        ],
      },
      expect: { CINdetails: [0, 1] },
    },
    {
      description: 'referrals on or before the reference date pass, however old',
      tables: {
        CINdetails: [
          { CINdetailsID: '1', CINreferralDate: '2023-03-31' },
          { CINdetailsID: '2', CINreferralDate: '2001-01-25' },
        ],
      },
      expect: {},
    },
  ],
};
