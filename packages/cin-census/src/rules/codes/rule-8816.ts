import { addFlag, isFalse } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/**
 * 8816 — an open CIN episode that went on to further action must be the child's latest referral. Flags the
 * open episode and the episode with the latest referral date.
 */
export const rule8816: ChildRuleDefinition = {
  code: '8816',
  message:
    'An open CIN episode is shown and case is not a referral with no further action, but it is not the latest episode.',
  type: 'error',
  scope: 'child',
  fields: { CINdetails: ['CINreferralDate'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    const episodes = tables.CINdetails;
    if (episodes.length < 2) return undefined;
    let latest = -1;
    episodes.forEach((cin, i) => {
      if (cin.CINreferralDate !== '' && (latest === -1 || cin.CINreferralDate > episodes[latest]!.CINreferralDate))
        latest = i;
    });
    if (latest === -1) return undefined;
    const latestDate = episodes[latest]!.CINreferralDate;
    let out: RuleFlags | undefined;
    episodes.forEach((cin, i) => {
      if (cin.CINclosureDate !== '' || !isFalse(cin.ReferralNFA) || cin.CINreferralDate === '') return;
      if (cin.CINreferralDate === latestDate) return;
      out = addFlag(out, 'CINdetails', i);
      out = addFlag(out, 'CINdetails', latest);
    });
    return out;
  },
  examples: [
    {
      description: 'an open episode older than a later referral is flagged with the later one',
      tables: {
        CINdetails: [
          { CINdetailsID: '1', CINreferralDate: '2022-05-26', ReferralNFA: '0' },
          { CINdetailsID: '2', CINreferralDate: '2022-08-26', CINclosureDate: '2022-09-01', ReferralNFA: '0' },
        ],
      },
      expect: { CINdetails: [0, 1] },
    },
    {
      description: 'an open episode that is the latest referral passes; old open NFA referrals are ignored',
      tables: {
        CINdetails: [
          { CINdetailsID: '1', CINreferralDate: '2022-05-26', ReferralNFA: 'true' },
          { CINdetailsID: '2', CINreferralDate: '2022-08-26', ReferralNFA: '0' },
        ],
      },
      expect: {},
    },
  ],
};
