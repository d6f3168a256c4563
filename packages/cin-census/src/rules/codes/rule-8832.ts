import { addFlag, isTrue, rowsOfEpisode } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/** 8832 — a referral with no further action cannot have a child protection plan. */
export const rule8832: ChildRuleDefinition = {
  code: '8832',
  message: 'Child Protection details provided for a referral with no further action.',
  type: 'error',
  scope: 'child',
  fields: { ChildProtectionPlans: ['LAchildID'], CINdetails: ['ReferralNFA'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    let out: RuleFlags | undefined;
    tables.CINdetails.forEach((cin, e) => {
      if (!isTrue(cin.ReferralNFA)) return;
      const plans = rowsOfEpisode(tables.ChildProtectionPlans, cin.CINdetailsID);
      if (plans.length === 0) return;
      out = addFlag(out, 'CINdetails', e);
      for (const i of plans) out = addFlag(out, 'ChildProtectionPlans', i);
    });
    return out;
  },
  examples: [
    {
      description: 'a CP plan on an NFA referral is flagged with the referral',
      tables: { CINdetails: [{ ReferralNFA: '1' }], ChildProtectionPlans: [{ CPPstartDate: '2022-05-01' }] },
      expect: { CINdetails: [0], ChildProtectionPlans: [0] },
    },
    {
      description: 'a CP plan on a referral with further action passes',
      tables: { CINdetails: [{ ReferralNFA: '0' }], ChildProtectionPlans: [{ CPPstartDate: '2022-05-01' }] },
      expect: {},
    },
  ],
};
