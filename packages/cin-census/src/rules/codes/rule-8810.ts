import { addFlag } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/** 8810 — a reason for closure needs a CIN closure date. */
export const rule8810: ChildRuleDefinition = {
  code: '8810',
  message: 'A CIN case cannot have a Reason for Closure without a CIN Closure Date',
  type: 'error',
  scope: 'child',
  fields: { CINdetails: ['ReasonForClosure', 'CINclosureDate'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    let out: RuleFlags | undefined;
    tables.CINdetails.forEach((cin, i) => {
      if (cin.ReasonForClosure !== '' && cin.CINclosureDate === '') out = addFlag(out, 'CINdetails', i);
    });
    return out;
  },
  examples: [
    {
      description: 'a reason without a closure date is flagged',
      tables: { CINdetails: [{ ReasonForClosure: 'RC7' }] },
      expect: { CINdetails: [0] },
    },
    {
      description: 'a reason with a closure date, and neither, pass',
      tables: {
        CINdetails: [
          { CINdetailsID: '1', CINclosureDate: '2022-05-26', ReasonForClosure: 'RC7' },
          { CINdetailsID: '2' },
        ],
      },
      expect: {},
    },
  ],
};
