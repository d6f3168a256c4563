import { addFlag } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/** 8805 — a CIN closure date needs a reason for closure. */
export const rule8805: ChildRuleDefinition = {
  code: '8805',
  message: 'A CIN case cannot have a CIN closure date without a Reason for Closure',
  type: 'error',
  scope: 'child',
  fields: { CINdetails: ['CINclosureDate', 'ReasonForClosure'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    let out: RuleFlags | undefined;
    tables.CINdetails.forEach((cin, i) => {
      if (cin.CINclosureDate !== '' && cin.ReasonForClosure === '') out = addFlag(out, 'CINdetails', i);
    });
    return out;
  },
  examples: [
    {
      description: 'a closure date without a reason is flagged',
      tables: { CINdetails: [{ CINclosureDate: '2022-05-26' }] },
      expect: { CINdetails: [0] },
    },
    {
      description: 'a closure date with a reason, and an open episode, pass',
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
