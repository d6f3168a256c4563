import { addFlag, isTrue } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/** 8772 — UPN unknown reason UN7 (referral with no further action) needs every episode to be NFA. */
export const rule8772: ChildRuleDefinition = {
  code: '8772',
  message:
    'UPN unknown reason is UN7 (Referral with no further action) but at least one CIN details is a referral going on to further action',
  type: 'error',
  scope: 'child',
  fields: { ChildIdentifiers: ['UPNunknown'], CINdetails: ['ReferralNFA'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    if ((tables.ChildIdentifiers[0]?.UPNunknown ?? '') !== 'UN7') return undefined;
    let out: RuleFlags | undefined;
    tables.CINdetails.forEach((cin, i) => {
      if (cin.ReferralNFA !== '' && !isTrue(cin.ReferralNFA)) out = addFlag(out, 'CINdetails', i);
    });
    if (out) out = addFlag(out, 'ChildIdentifiers', 0);
    return out;
  },
  examples: [
    {
      description: 'UN7 with a referral that went on to further action is flagged',
      tables: {
        ChildIdentifiers: [{ UPNunknown: 'UN7' }],
        CINdetails: [
          { CINdetailsID: '1', ReferralNFA: 'true' },
          { CINdetailsID: '2', ReferralNFA: '0' },
        ],
      },
      expect: { ChildIdentifiers: [0], CINdetails: [1] },
    },
    {
      description: 'UN7 with NFA referrals only, and other reasons with further action, pass',
      tables: {
        ChildIdentifiers: [
          { LAchildID: 'a', UPNunknown: 'UN7' },
          { LAchildID: 'b', UPNunknown: 'UN6' },
        ],
        CINdetails: [
          { LAchildID: 'a', ReferralNFA: '1' },
          { LAchildID: 'b', ReferralNFA: 'false' },
        ],
      },
      expect: {},
    },
  ],
};
