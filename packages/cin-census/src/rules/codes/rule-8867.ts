import { addFlag } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/** 8867 — when a CIN episode is closed, every assessment of that episode must have an authorisation date. */
export const rule8867: ChildRuleDefinition = {
  code: '8867',
  message: 'CIN episode is shown as closed, however Assessment is not shown as completed',
  type: 'error',
  scope: 'child',
  fields: { CINdetails: ['CINclosureDate'], Assessments: ['AssessmentAuthorisationDate'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    let out: RuleFlags | undefined;
    tables.CINdetails.forEach((cin, e) => {
      if (cin.CINclosureDate === '') return;
      tables.Assessments.forEach((a, i) => {
        if (a.CINdetailsID !== cin.CINdetailsID || a.AssessmentAuthorisationDate !== '') return;
        out = addFlag(out, 'Assessments', i);
        out = addFlag(out, 'CINdetails', e);
      });
    });
    return out;
  },
  examples: [
    {
      description: 'a closed episode with an unauthorised assessment is flagged with the assessment',
      tables: {
        CINdetails: [{ CINclosureDate: '2022-08-29' }],
        Assessments: [{ AssessmentActualStartDate: '2022-07-01' }],
      },
      expect: { CINdetails: [0], Assessments: [0] },
    },
    {
      description: 'authorised assessments, open episodes and closed episodes without assessments pass',
      tables: {
        CINdetails: [
          { CINdetailsID: '1', CINclosureDate: '2022-08-29' },
          { CINdetailsID: '2', CINclosureDate: '' },
          { CINdetailsID: '3', CINclosureDate: '2022-09-01' },
        ],
        Assessments: [
          { CINdetailsID: '1', AssessmentAuthorisationDate: '2022-08-01' },
          { CINdetailsID: '2', AssessmentAuthorisationDate: '' },
        ],
      },
      expect: {},
    },
  ],
};
