import { addFlag, dayNumber } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/** 8606 — a referral cannot be more than 280 days (40 weeks) before the date of birth or expected birth. */
export const rule8606: ChildRuleDefinition = {
  code: '8606',
  message: 'Child referral date is more than 40 weeks before DOB or expected DOB',
  type: 'error',
  scope: 'child',
  fields: { CINdetails: ['CINreferralDate'], ChildIdentifiers: ['PersonBirthDate', 'ExpectedPersonBirthDate'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    const child = tables.ChildIdentifiers[0];
    if (!child) return undefined;
    const dob = child.PersonBirthDate === '' ? Number.NEGATIVE_INFINITY : dayNumber(child.PersonBirthDate) - 280;
    const expected =
      child.ExpectedPersonBirthDate === '' ? Number.NEGATIVE_INFINITY : dayNumber(child.ExpectedPersonBirthDate) - 280;
    const limit = Math.max(dob, expected);
    if (limit === Number.NEGATIVE_INFINITY) return undefined;
    let out: RuleFlags | undefined;
    tables.CINdetails.forEach((cin, i) => {
      if (cin.CINreferralDate !== '' && dayNumber(cin.CINreferralDate) < limit) out = addFlag(out, 'CINdetails', i);
    });
    if (out) out = addFlag(out, 'ChildIdentifiers', 0);
    return out;
  },
  examples: [
    {
      description: 'a referral 281 days before birth is flagged with the birth dates',
      tables: {
        ChildIdentifiers: [{ ExpectedPersonBirthDate: '2023-01-01' }],
        CINdetails: [{ CINreferralDate: '2022-03-26' }],
      },
      expect: { ChildIdentifiers: [0], CINdetails: [0] },
    },
    {
      description: 'a referral 280 days before birth passes',
      tables: {
        ChildIdentifiers: [{ PersonBirthDate: '2023-01-01' }],
        CINdetails: [{ CINreferralDate: '2022-03-27' }],
      },
      expect: {},
    },
  ],
};
