import { addFlag } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/**
 * 8898 — an assessment cannot record the same factor twice. (The reference validator crashes exactly when
 * such a duplicate exists: see README.)
 */
export const rule8898: ChildRuleDefinition = {
  code: '8898',
  message: 'The assessment has more than one parental or child factors with the same code',
  type: 'error',
  scope: 'child',
  fields: { Assessments: ['AssessmentActualStartDate'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    if (tables.AssessmentFactorsList.length < 2) return undefined;
    let out: RuleFlags | undefined;
    tables.Assessments.forEach((a, i) => {
      const seen = new Set<string>();
      for (const f of tables.AssessmentFactorsList) {
        if (f.CINdetailsID !== a.CINdetailsID || f.AssessmentID !== a.AssessmentID || f.AssessmentFactor === '')
          continue;
        if (seen.has(f.AssessmentFactor)) {
          out = addFlag(out, 'Assessments', i);
          return;
        }
        seen.add(f.AssessmentFactor);
      }
    });
    return out;
  },
  examples: [
    {
      description: 'a factor recorded twice on one assessment is flagged',
      tables: {
        Assessments: [{ AssessmentActualStartDate: '2022-01-01' }],
        AssessmentFactorsList: [{ AssessmentFactor: '3A' }, { AssessmentFactor: '4B' }, { AssessmentFactor: '3A' }],
      },
      expect: { Assessments: [0] },
    },
    {
      description: 'the same factor on two different assessments passes',
      tables: {
        Assessments: [
          { AssessmentID: '1', AssessmentActualStartDate: '2022-01-01' },
          { AssessmentID: '2', AssessmentActualStartDate: '2022-02-01' },
        ],
        AssessmentFactorsList: [
          { AssessmentID: '1', AssessmentFactor: '3A' },
          { AssessmentID: '2', AssessmentFactor: '3A' },
        ],
      },
      expect: {},
    },
  ],
};
