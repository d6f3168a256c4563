import { addFlag, outsidePeriod } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/** 8736 — an assessment not yet completed (no authorisation date) must have started within the census year. */
export const rule8736: ChildRuleDefinition = {
  code: '8736',
  message: 'For an Assessment that has not been completed, the start date must fall within the census year',
  type: 'error',
  scope: 'child',
  fields: { Assessments: ['AssessmentAuthorisationDate', 'AssessmentActualStartDate'] },
  years: { from: 2023 },
  check: (ctx) => {
    let out: RuleFlags | undefined;
    ctx.tables.Assessments.forEach((a, i) => {
      if (a.AssessmentAuthorisationDate === '' && outsidePeriod(a.AssessmentActualStartDate, ctx)) {
        out = addFlag(out, 'Assessments', i);
      }
    });
    return out;
  },
  examples: [
    {
      description: 'an open assessment started before the year is flagged',
      tables: { Assessments: [{ AssessmentActualStartDate: '2022-03-26' }] },
      expect: { Assessments: [0] },
    },
    {
      description: 'an open assessment started in the year, and a completed older one, pass',
      tables: {
        Assessments: [
          { AssessmentID: '1', AssessmentActualStartDate: '2022-05-27' },
          { AssessmentID: '2', AssessmentActualStartDate: '2022-03-26', AssessmentAuthorisationDate: '2022-04-24' },
        ],
      },
      expect: {},
    },
  ],
};
