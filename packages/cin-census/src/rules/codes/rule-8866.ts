import { addFlag } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';
import { REFERRAL_SOURCES } from './code-lists.ts';

/** 8866 — a referral dated on or after 1 April 2013 needs a valid source of referral. */
export const rule8866: ChildRuleDefinition = {
  code: '8866',
  message: 'Source of Referral is missing or an invalid code',
  type: 'error',
  scope: 'child',
  fields: { CINdetails: ['CINreferralDate', 'ReferralSource'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    let out: RuleFlags | undefined;
    tables.CINdetails.forEach((cin, i) => {
      if (cin.CINreferralDate < '2013-04-01') return;
      if (!REFERRAL_SOURCES.has(cin.ReferralSource)) out = addFlag(out, 'CINdetails', i);
    });
    return out;
  },
  examples: [
    {
      description: 'a missing or unknown source on a recent referral is flagged',
      tables: {
        CINdetails: [
          { CINdetailsID: '1', CINreferralDate: '2020-01-01', ReferralSource: '1Z' },
          { CINdetailsID: '2', CINreferralDate: '2020-01-01', ReferralSource: '' },
        ],
      },
      expect: { CINdetails: [0, 1] },
    },
    {
      description: 'valid sources, and referrals before April 2013, pass',
      tables: {
        CINdetails: [
          { CINdetailsID: '1', CINreferralDate: '2020-01-01', ReferralSource: '5D' },
          { CINdetailsID: '2', CINreferralDate: '2012-01-01', ReferralSource: '' },
        ],
      },
      expect: {},
    },
  ],
};
