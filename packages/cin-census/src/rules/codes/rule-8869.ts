import { addFlag } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/**
 * 8869 — factor 21 (no factors identified) must be the only factor of its assessment. (The reference validator
 * compares the list of factors with a string, so it never fires on XML input: see README.)
 */
export const rule8869: ChildRuleDefinition = {
  code: '8869',
  message: 'The assessment factors code “21” cannot be used in conjunction with any other assessment factors.',
  type: 'error',
  scope: 'child',
  fields: { Assessments: ['AssessmentFactors'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    let out: RuleFlags | undefined;
    tables.Assessments.forEach((a, i) => {
      let has21 = false;
      let others = 0;
      for (const f of tables.AssessmentFactorsList) {
        if (f.CINdetailsID !== a.CINdetailsID || f.AssessmentID !== a.AssessmentID || f.AssessmentFactor === '')
          continue;
        if (f.AssessmentFactor === '21') has21 = true;
        else others++;
      }
      if (has21 && others > 0) out = addFlag(out, 'Assessments', i);
    });
    return out;
  },
  examples: [
    {
      description: 'factor 21 beside another factor is flagged',
      tables: {
        Assessments: [{ AssessmentAuthorisationDate: '2022-05-26' }],
        AssessmentFactorsList: [{ AssessmentFactor: '21' }, { AssessmentFactor: '3A' }],
      },
      expect: { Assessments: [0] },
    },
    {
      description: 'factor 21 alone, and other factors together, pass',
      tables: {
        Assessments: [
          { AssessmentID: '1', AssessmentAuthorisationDate: '2022-05-26' },
          { AssessmentID: '2', AssessmentAuthorisationDate: '2022-05-26' },
        ],
        AssessmentFactorsList: [
          { AssessmentID: '1', AssessmentFactor: '21' },
          { AssessmentID: '2', AssessmentFactor: '3A' },
          { AssessmentID: '2', AssessmentFactor: '4B' },
        ],
      },
      expect: {},
    },
  ],
};
