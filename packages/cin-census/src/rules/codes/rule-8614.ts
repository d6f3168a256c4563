import { addFlag } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/** 8614 — factors identified at assessment should only be recorded for a completed (authorised) assessment. */
export const rule8614: ChildRuleDefinition = {
  code: '8614',
  message: 'Parental or child factors at assessment should only be present for a completed assessment.',
  type: 'error',
  scope: 'child',
  fields: { Assessments: ['AssessmentAuthorisationDate', 'AssessmentFactors'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    let out: RuleFlags | undefined;
    tables.Assessments.forEach((a, i) => {
      if (a.AssessmentAuthorisationDate !== '') return;
      const hasFactors = tables.AssessmentFactorsList.some(
        (f) => f.CINdetailsID === a.CINdetailsID && f.AssessmentID === a.AssessmentID && f.AssessmentFactor !== '',
      );
      if (hasFactors) out = addFlag(out, 'Assessments', i);
    });
    return out;
  },
  examples: [
    {
      description: 'factors on an open assessment are flagged',
      tables: {
        Assessments: [{ AssessmentActualStartDate: '2022-05-01' }],
        AssessmentFactorsList: [{ AssessmentFactor: '1A' }],
      },
      expect: { Assessments: [0] },
    },
    {
      description: 'factors on a completed assessment, and an open one without factors, pass',
      tables: {
        Assessments: [
          { AssessmentID: '1', AssessmentAuthorisationDate: '2022-05-26' },
          { AssessmentID: '2', AssessmentActualStartDate: '2022-06-01' },
        ],
        AssessmentFactorsList: [{ AssessmentID: '1', AssessmentFactor: '1A' }],
      },
      expect: {},
    },
  ],
};
