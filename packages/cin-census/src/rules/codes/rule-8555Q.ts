import { addFlag } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/** 8555Q — a referral cannot be dated after the child's date of death. */
export const rule8555Q: ChildRuleDefinition = {
  code: '8555Q',
  message: 'Child cannot be referred after its recorded date of death',
  type: 'query',
  scope: 'child',
  fields: { CINdetails: ['CINreferralDate'], ChildIdentifiers: ['PersonDeathDate'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    const death = tables.ChildIdentifiers[0]?.PersonDeathDate ?? '';
    if (death === '') return undefined;
    let out: RuleFlags | undefined;
    tables.CINdetails.forEach((cin, i) => {
      if (cin.CINreferralDate !== '' && cin.CINreferralDate > death) out = addFlag(out, 'CINdetails', i);
    });
    if (out) out = addFlag(out, 'ChildIdentifiers', 0);
    return out;
  },
  examples: [
    {
      description: 'a referral after the date of death is queried with the date of death',
      tables: {
        ChildIdentifiers: [{ PersonDeathDate: '2022-05-26' }],
        CINdetails: [
          { CINdetailsID: '1', CINreferralDate: '2022-05-26' },
          { CINdetailsID: '2', CINreferralDate: '2022-06-27' },
        ],
      },
      expect: { ChildIdentifiers: [0], CINdetails: [1] },
    },
    {
      description: 'referrals on or before the date of death, or with no death recorded, pass',
      tables: {
        ChildIdentifiers: [{ LAchildID: 'a', PersonDeathDate: '2022-05-26' }, { LAchildID: 'b' }],
        CINdetails: [
          { LAchildID: 'a', CINreferralDate: '2022-05-01' },
          { LAchildID: 'b', CINreferralDate: '2022-06-27' },
        ],
      },
      expect: {},
    },
  ],
};
