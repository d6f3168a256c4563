import { addFlag, isFalse } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/**
 * 8820 — a child's CIN episodes cannot overlap: no referral may fall on or after another episode's referral
 * and before its closure, or (for an open episode that went on to further action) on or before the reference
 * date. A referral on the day another episode closes is allowed, as the DfE rule notes. The later episode is
 * flagged on its referral date, the episode it falls within on its referral and closure dates.
 */
export const rule8820: ChildRuleDefinition = {
  code: '8820',
  message: 'The dates on the CIN episodes for this child overlap',
  type: 'error',
  scope: 'child',
  fields: { CINdetails: ['CINreferralDate', 'CINclosureDate'] },
  years: { from: 2023 },
  check: ({ tables, referenceDate }) => {
    const episodes = tables.CINdetails;
    if (episodes.length < 2) return undefined;
    let out: RuleFlags | undefined;
    episodes.forEach((cin, i) => {
      const start = cin.CINreferralDate;
      if (start === '') return;
      episodes.forEach((other, j) => {
        if (i === j || other.CINreferralDate === '' || start < other.CINreferralDate) return;
        const within =
          other.CINclosureDate !== ''
            ? start < other.CINclosureDate
            : isFalse(other.ReferralNFA) && start <= referenceDate;
        if (!within) return;
        out = addFlag(out, 'CINdetails', i, ['CINreferralDate']);
        out = addFlag(out, 'CINdetails', j);
      });
    });
    return out;
  },
  examples: [
    {
      description: 'a referral during an open episode with further action is flagged with it',
      tables: {
        CINdetails: [
          { CINdetailsID: '1', CINreferralDate: '2022-05-26', ReferralNFA: '0' },
          { CINdetailsID: '2', CINreferralDate: '2022-08-26', CINclosureDate: '2022-10-26', ReferralNFA: '0' },
        ],
      },
      expect: { CINdetails: [0, 1] },
    },
    {
      description: 'consecutive episodes (one starting the day another closes) and open NFA referrals pass',
      tables: {
        CINdetails: [
          { CINdetailsID: '1', CINreferralDate: '2022-05-26', CINclosureDate: '2022-08-26', ReferralNFA: '0' },
          { CINdetailsID: '2', CINreferralDate: '2022-08-26', CINclosureDate: '2022-10-26', ReferralNFA: '0' },
          { CINdetailsID: '3', CINreferralDate: '2022-11-01', ReferralNFA: 'true' },
          { CINdetailsID: '4', CINreferralDate: '2022-12-01', ReferralNFA: '0' },
        ],
      },
      expect: {},
    },
  ],
};
