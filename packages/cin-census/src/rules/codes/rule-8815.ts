import { addFlag, isFalse } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/**
 * 8815 — a child can have only one open CIN episode (no closure date) that went on to further action
 * (ReferralNFA false/0); open NFA referrals do not count. All such open episodes are flagged.
 */
export const rule8815: ChildRuleDefinition = {
  code: '8815',
  message:
    'More than one open CIN Details episode (a module with no CIN Closure Date) has been provided for this child and case is not a referral with no further action.',
  type: 'error',
  scope: 'child',
  fields: { CINdetails: ['CINclosureDate'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    const open: number[] = [];
    tables.CINdetails.forEach((cin, i) => {
      if (cin.CINclosureDate === '' && isFalse(cin.ReferralNFA)) open.push(i);
    });
    if (open.length < 2) return undefined;
    let out: RuleFlags | undefined;
    for (const i of open) out = addFlag(out, 'CINdetails', i);
    return out;
  },
  examples: [
    {
      description: 'two open episodes with further action are flagged',
      tables: {
        CINdetails: [
          { CINdetailsID: '1', CINreferralDate: '2022-05-26', ReferralNFA: '0' },
          { CINdetailsID: '2', CINreferralDate: '2022-08-26', ReferralNFA: 'false' },
        ],
      },
      expect: { CINdetails: [0, 1] },
    },
    {
      description: 'one open episode plus open NFA referrals passes',
      tables: {
        CINdetails: [
          { CINdetailsID: '1', CINreferralDate: '2022-05-26', ReferralNFA: 'true' },
          { CINdetailsID: '2', CINreferralDate: '2022-06-26', ReferralNFA: 'true' },
          { CINdetailsID: '3', CINreferralDate: '2022-08-26', ReferralNFA: '0' },
        ],
      },
      expect: {},
    },
  ],
};
