import { addFlag, isTrue } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/**
 * 8868 — when a CIN episode is closed, each of its S47 enquiries must be completed: an ICPC date, or
 * ICPCnotRequired true/1.
 */
export const rule8868: ChildRuleDefinition = {
  code: '8868',
  message:
    'CIN episode is shown as closed, however Section 47 enquiry is not shown as completed by ICPC date or ICPC not required flag',
  type: 'error',
  scope: 'child',
  fields: { Section47: ['DateOfInitialCPC', 'ICPCnotRequired'], CINdetails: ['CINclosureDate'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    let out: RuleFlags | undefined;
    tables.CINdetails.forEach((cin, e) => {
      if (cin.CINclosureDate === '') return;
      tables.Section47.forEach((s, i) => {
        if (s.CINdetailsID !== cin.CINdetailsID || s.DateOfInitialCPC !== '' || isTrue(s.ICPCnotRequired)) return;
        out = addFlag(out, 'Section47', i);
        out = addFlag(out, 'CINdetails', e);
      });
    });
    return out;
  },
  examples: [
    {
      description: 'a closed episode with an S47 awaiting its conference is flagged',
      tables: {
        CINdetails: [{ CINclosureDate: '2022-10-26' }],
        Section47: [{ S47ActualStartDate: '2022-05-26', ICPCnotRequired: 'false' }],
      },
      expect: { CINdetails: [0], Section47: [0] },
    },
    {
      description: 'completed S47s, and open episodes, pass',
      tables: {
        CINdetails: [{ CINdetailsID: '1', CINclosureDate: '2022-10-26' }, { CINdetailsID: '2' }],
        Section47: [
          { CINdetailsID: '1', DateOfInitialCPC: '2022-06-01', ICPCnotRequired: 'false' },
          { CINdetailsID: '1', ICPCnotRequired: '1' },
          { CINdetailsID: '2', ICPCnotRequired: '0' },
        ],
      },
      expect: {},
    },
  ],
};
