import { addFlag, isFalse } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';
import { validatorWorkingDaysBefore } from '../working-days.ts';

/**
 * 8569Q — a referral dated before the collection start minus one working day must have ReferralNFA false:
 * an NFA decision is expected within a working day, so old referrals cannot still be NFA. "One working day
 * before" uses the validator's inclusive convention (see `validatorWorkingDaysBefore`). A missing flag is
 * queried too, as it is not "false".
 */
export const rule8569Q: ChildRuleDefinition = {
  code: '8569Q',
  message:
    'A case with referral date before one working day prior to the collection start date must not be flagged as a no further action case',
  type: 'query',
  scope: 'child',
  fields: { CINdetails: ['CINreferralDate'] },
  years: { from: 2023 },
  check: ({ tables, collectionStart, periodValue }) => {
    let out: RuleFlags | undefined;
    let threshold: string | undefined;
    tables.CINdetails.forEach((cin, i) => {
      if (cin.CINreferralDate === '') return;
      threshold ??= periodValue('8569Q', () => validatorWorkingDaysBefore(collectionStart, 1));
      if (cin.CINreferralDate < threshold && !isFalse(cin.ReferralNFA)) out = addFlag(out, 'CINdetails', i);
    });
    return out;
  },
  examples: [
    {
      description: 'an NFA referral from before the collection year is queried; a missing flag too',
      tables: {
        CINdetails: [
          { CINdetailsID: '1', CINreferralDate: '2019-10-26', ReferralNFA: 'true' },
          { CINdetailsID: '2', CINreferralDate: '2022-03-30', ReferralNFA: '' },
        ],
      },
      expect: { CINdetails: [0, 1] },
    },
    {
      description: 'old referrals that went on to further action, and NFA referrals in the year, pass',
      tables: {
        CINdetails: [
          { CINdetailsID: '1', CINreferralDate: '2019-10-26', ReferralNFA: 'false' },
          { CINdetailsID: '2', CINreferralDate: '2022-04-01', ReferralNFA: 'true' },
          { CINdetailsID: '3', CINreferralDate: '2020-01-01', ReferralNFA: '0' },
        ],
      },
      expect: {},
    },
  ],
};
