import { addFlag } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/** 8608 — an assessment's authorisation (end) date cannot be before its start date. */
export const rule8608: ChildRuleDefinition = {
  code: '8608',
  message: 'Assessment Start Date cannot be later than its End Date',
  type: 'error',
  scope: 'child',
  fields: { Assessments: ['AssessmentActualStartDate', 'AssessmentAuthorisationDate'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    let out: RuleFlags | undefined;
    tables.Assessments.forEach((a, i) => {
      const { AssessmentActualStartDate: start, AssessmentAuthorisationDate: end } = a;
      if (start !== '' && end !== '' && start > end) out = addFlag(out, 'Assessments', i);
    });
    return out;
  },
  examples: [
    {
      description: 'an assessment authorised the day before it started is flagged',
      tables: { Assessments: [{ AssessmentActualStartDate: '2022-05-26', AssessmentAuthorisationDate: '2022-05-25' }] },
      expect: { Assessments: [0] },
    },
    {
      description: 'same-day authorisation, and open assessments, pass',
      tables: {
        Assessments: [
          { AssessmentID: '1', AssessmentActualStartDate: '2022-05-26', AssessmentAuthorisationDate: '2022-05-26' },
          { AssessmentID: '2', AssessmentActualStartDate: '2022-05-26' },
        ],
      },
      expect: {},
    },
  ],
};
