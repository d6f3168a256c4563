import { addFlag } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';
import { ASSESSMENT_FACTORS } from './factors.ts';

/**
 * 8897Q — an assessment authorised on or after the start of the census year should record one or more
 * factors identified at assessment, all valid codes.
 */
export const rule8897Q: ChildRuleDefinition = {
  code: '8897Q',
  message: 'Parental or child factors at assessment information is missing from a completed assessment',
  type: 'query',
  scope: 'child',
  fields: { Assessments: ['AssessmentAuthorisationDate', 'AssessmentFactors'] },
  years: { from: 2023 },
  check: ({ tables, collectionStart }) => {
    let out: RuleFlags | undefined;
    tables.Assessments.forEach((a, i) => {
      if (a.AssessmentAuthorisationDate === '' || a.AssessmentAuthorisationDate < collectionStart) return;
      let factors = 0;
      let invalid = false;
      for (const f of tables.AssessmentFactorsList) {
        if (f.CINdetailsID !== a.CINdetailsID || f.AssessmentID !== a.AssessmentID) continue;
        factors++;
        if (!ASSESSMENT_FACTORS.has(f.AssessmentFactor)) invalid = true;
      }
      if (factors === 0 || invalid) out = addFlag(out, 'Assessments', i);
    });
    return out;
  },
  examples: [
    {
      description: 'a completed assessment with no factors, or with an invalid code, is queried',
      tables: {
        Assessments: [
          { AssessmentID: '1', AssessmentAuthorisationDate: '2022-05-26' },
          { AssessmentID: '2', AssessmentAuthorisationDate: '2022-06-26' },
        ],
        AssessmentFactorsList: [
          { AssessmentID: '2', AssessmentFactor: '1C' },
          { AssessmentID: '2', AssessmentFactor: 'RB' },
        ],
      },
      expect: { Assessments: [0, 1] },
    },
    {
      description: 'valid factors, open assessments and assessments completed before the year pass',
      tables: {
        Assessments: [
          { AssessmentID: '1', AssessmentAuthorisationDate: '2022-05-26' },
          { AssessmentID: '2', AssessmentAuthorisationDate: '' },
          { AssessmentID: '3', AssessmentAuthorisationDate: '2021-05-26' },
        ],
        AssessmentFactorsList: [{ AssessmentID: '1', AssessmentFactor: '21' }],
      },
      expect: {},
    },
  ],
};
