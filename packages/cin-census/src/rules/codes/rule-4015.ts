import type { ChildRuleDefinition } from '../rule.ts';
import { flagBeforeReferral } from './before-referral.ts';

/** 4015 — a CIN plan cannot start before the referral date of its CIN episode. */
export const rule4015: ChildRuleDefinition = {
  code: '4015',
  message: 'The CIN Plan start date cannot be before the referral date',
  type: 'error',
  scope: 'child',
  fields: { CINplanDates: ['CINPlanStartDate'], CINdetails: ['CINreferralDate'] },
  years: { from: 2023 },
  check: (ctx) => flagBeforeReferral(ctx, 'CINplanDates', 'CINPlanStartDate'),
  examples: [
    {
      description: 'a plan starting before the referral is flagged with it',
      tables: { CINdetails: [{ CINreferralDate: '2022-03-21' }], CINplanDates: [{ CINPlanStartDate: '2022-03-20' }] },
      expect: { CINplanDates: [0], CINdetails: [0] },
    },
    {
      description: 'a plan starting on the referral date passes',
      tables: { CINdetails: [{ CINreferralDate: '2022-03-21' }], CINplanDates: [{ CINPlanStartDate: '2022-03-21' }] },
      expect: {},
    },
  ],
};
