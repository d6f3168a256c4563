import { addFlag, isTrue, rowsOfEpisode } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/** 4000 — a referral with no further action cannot have CIN plan dates. */
export const rule4000: ChildRuleDefinition = {
  code: '4000',
  message: 'CIN Plan details provided for a referral with no further action',
  type: 'error',
  scope: 'child',
  fields: { CINplanDates: ['LAchildID'], CINdetails: ['ReferralNFA'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    let out: RuleFlags | undefined;
    tables.CINdetails.forEach((cin, e) => {
      if (!isTrue(cin.ReferralNFA)) return;
      const plans = rowsOfEpisode(tables.CINplanDates, cin.CINdetailsID);
      if (plans.length === 0) return;
      out = addFlag(out, 'CINdetails', e);
      for (const i of plans) out = addFlag(out, 'CINplanDates', i);
    });
    return out;
  },
  examples: [
    {
      description: 'a CIN plan on an NFA referral is flagged with the referral',
      tables: { CINdetails: [{ ReferralNFA: '1' }], CINplanDates: [{ CINPlanStartDate: '2022-05-01' }] },
      expect: { CINdetails: [0], CINplanDates: [0] },
    },
    {
      description: 'a CIN plan on a referral with further action, and an NFA referral without a plan, pass',
      tables: {
        CINdetails: [
          { CINdetailsID: '1', ReferralNFA: 'false' },
          { CINdetailsID: '2', ReferralNFA: 'true' },
        ],
        CINplanDates: [{ CINdetailsID: '1', CINPlanStartDate: '2022-05-01' }],
      },
      expect: {},
    },
  ],
};
