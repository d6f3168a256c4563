import { addFlag } from '../helpers.ts';
import type { ChildRuleDefinition } from '../rule.ts';
import { flagBeforeReferral } from './before-referral.ts';

/**
 * 1104 — an initial child protection conference cannot be before the referral date: checked on the S47
 * module's ICPC date and on the episode's own ICPC date (both are data item N00110).
 */
export const rule1104: ChildRuleDefinition = {
  code: '1104',
  message: 'The date of the initial child protection conference cannot be before the referral date',
  type: 'error',
  scope: 'child',
  fields: { Section47: ['DateOfInitialCPC'], CINdetails: ['CINreferralDate'] },
  years: { from: 2023 },
  check: (ctx) => {
    let out = flagBeforeReferral(ctx, 'Section47', 'DateOfInitialCPC');
    ctx.tables.CINdetails.forEach((cin, i) => {
      if (cin.DateOfInitialCPC !== '' && cin.CINreferralDate !== '' && cin.DateOfInitialCPC < cin.CINreferralDate) {
        out = addFlag(out, 'CINdetails', i);
      }
    });
    return out;
  },
  examples: [
    {
      description: 'an S47 ICPC before the referral is flagged with the referral; so is an episode ICPC',
      tables: {
        CINdetails: [
          { CINdetailsID: '1', CINreferralDate: '2022-10-26' },
          { CINdetailsID: '2', CINreferralDate: '2022-10-26', DateOfInitialCPC: '2022-10-01' },
        ],
        Section47: [{ CINdetailsID: '1', DateOfInitialCPC: '2022-05-19' }],
      },
      expect: { Section47: [0], CINdetails: [0, 1] },
    },
    {
      description: 'ICPCs on or after the referral pass',
      tables: {
        CINdetails: [{ CINreferralDate: '2022-05-28', DateOfInitialCPC: '2022-06-01' }],
        Section47: [{ DateOfInitialCPC: '2022-05-28' }],
      },
      expect: {},
    },
  ],
};
