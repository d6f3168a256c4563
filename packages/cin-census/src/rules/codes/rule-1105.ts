import type { ChildRuleDefinition } from '../rule.ts';
import { flagBeforeReferral } from './before-referral.ts';

/** 1105 — a CP plan cannot start before the referral date of its CIN episode. */
export const rule1105: ChildRuleDefinition = {
  code: '1105',
  message: 'The child protection plan start date cannot be before the referral date',
  type: 'error',
  scope: 'child',
  fields: { ChildProtectionPlans: ['CPPstartDate'], CINdetails: ['CINreferralDate'] },
  years: { from: 2023 },
  check: (ctx) => flagBeforeReferral(ctx, 'ChildProtectionPlans', 'CPPstartDate'),
  examples: [
    {
      description: 'two plans starting before the referral are flagged with it',
      tables: {
        CINdetails: [{ CINreferralDate: '2022-10-06' }],
        ChildProtectionPlans: [
          { CPPID: '1', CPPstartDate: '2022-02-17' },
          { CPPID: '2', CPPstartDate: '2022-10-05' },
        ],
      },
      expect: { ChildProtectionPlans: [0, 1], CINdetails: [0] },
    },
    {
      description: 'a plan starting on the referral date passes',
      tables: {
        CINdetails: [{ CINreferralDate: '2022-10-06' }],
        ChildProtectionPlans: [{ CPPstartDate: '2022-10-06' }],
      },
      expect: {},
    },
  ],
};
