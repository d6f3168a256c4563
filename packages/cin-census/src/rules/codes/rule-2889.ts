import type { ChildRuleDefinition } from '../rule.ts';
import { flagBeforeReferral } from './before-referral.ts';

/** 2889 — a section 47 enquiry cannot start before the referral date of its CIN episode. */
export const rule2889: ChildRuleDefinition = {
  code: '2889',
  message: 'The S47 start date cannot be before the referral date.',
  type: 'error',
  scope: 'child',
  fields: { Section47: ['S47ActualStartDate'], CINdetails: ['CINreferralDate'] },
  years: { from: 2023 },
  check: (ctx) => flagBeforeReferral(ctx, 'Section47', 'S47ActualStartDate'),
  examples: [
    {
      description: 'an S47 starting before the referral is flagged with it',
      tables: {
        CINdetails: [{ CINreferralDate: '2022-10-06' }],
        Section47: [{ S47ActualStartDate: '2022-06-02' }],
      },
      expect: { Section47: [0], CINdetails: [0] },
    },
    {
      description: 'an S47 starting after the referral of its own episode passes',
      tables: {
        CINdetails: [
          { CINdetailsID: '1', CINreferralDate: '2022-10-06' },
          { CINdetailsID: '2', CINreferralDate: '2022-05-01' },
        ],
        Section47: [{ CINdetailsID: '2', S47ActualStartDate: '2022-06-02' }],
      },
      expect: {},
    },
  ],
};
