import { addFlag, isFalse } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/** 8610 — a referral that led to further action (ReferralNFA false/0) needs a primary need code. */
export const rule8610: ChildRuleDefinition = {
  code: '8610',
  message: 'Primary Need code is missing for a referral which led to further action.',
  type: 'error',
  scope: 'child',
  fields: { CINdetails: ['ReferralNFA', 'PrimaryNeedCode'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    let out: RuleFlags | undefined;
    tables.CINdetails.forEach((cin, i) => {
      if (isFalse(cin.ReferralNFA) && cin.PrimaryNeedCode === '') out = addFlag(out, 'CINdetails', i);
    });
    return out;
  },
  examples: [
    {
      description: 'no primary need on a referral with further action is flagged',
      tables: {
        CINdetails: [
          { CINdetailsID: '1', ReferralNFA: 'false' },
          { CINdetailsID: '2', ReferralNFA: '0' },
        ],
      },
      expect: { CINdetails: [0, 1] },
    },
    {
      description: 'an NFA referral without a primary need, and one with a need code, pass',
      tables: {
        CINdetails: [
          { CINdetailsID: '1', ReferralNFA: 'true' },
          { CINdetailsID: '2', ReferralNFA: '0', PrimaryNeedCode: 'N4' },
        ],
      },
      expect: {},
    },
  ],
};
