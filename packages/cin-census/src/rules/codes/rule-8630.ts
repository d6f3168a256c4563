import { addFlag } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/** 8630 — a CIN closure date, when present, cannot be before the referral date of the same episode. */
export const rule8630: ChildRuleDefinition = {
  code: '8630',
  message: 'CIN Closure Date is before CIN Referral Date for the same CIN episode',
  type: 'error',
  scope: 'child',
  fields: { CINdetails: ['CINreferralDate', 'CINclosureDate'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    let out: RuleFlags | undefined;
    tables.CINdetails.forEach((cin, i) => {
      if (cin.CINclosureDate !== '' && cin.CINreferralDate !== '' && cin.CINclosureDate < cin.CINreferralDate) {
        out = addFlag(out, 'CINdetails', i);
      }
    });
    return out;
  },
  examples: [
    {
      description: 'a closure before the referral is flagged',
      tables: { CINdetails: [{ CINreferralDate: '2022-02-01', CINclosureDate: '2022-01-01' }] },
      expect: { CINdetails: [0] },
    },
    {
      description: 'same-day closure and open episodes pass',
      tables: {
        CINdetails: [
          { CINdetailsID: '1', CINreferralDate: '2022-02-01', CINclosureDate: '2022-02-01' },
          { CINdetailsID: '2', CINreferralDate: '2022-02-01' },
        ],
      },
      expect: {},
    },
  ],
};
