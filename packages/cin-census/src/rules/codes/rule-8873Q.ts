import { addFlag } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/**
 * 8873Q — when an episode's only assessment records factor 21 (no factors identified), the episode should be
 * closed as RC8 or RC9.
 */
export const rule8873Q: ChildRuleDefinition = {
  code: '8873Q',
  message:
    "Please check and either amend data or provide a reason: When there is only one assessment on the episode and the factors code “21 No factors identified” has been used for the completed assessment, the reason for closure ‘RC8’ or 'RC9' should be used.",
  type: 'query',
  scope: 'child',
  fields: { Assessments: ['AssessmentFactors'], CINdetails: ['ReasonForClosure'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    let out: RuleFlags | undefined;
    tables.CINdetails.forEach((cin, e) => {
      if (cin.ReasonForClosure === 'RC8' || cin.ReasonForClosure === 'RC9') return;
      const assessments: number[] = [];
      tables.Assessments.forEach((a, i) => {
        if (a.CINdetailsID === cin.CINdetailsID) assessments.push(i);
      });
      if (assessments.length !== 1) return;
      const only = tables.Assessments[assessments[0]!]!;
      const has21 = tables.AssessmentFactorsList.some(
        (f) =>
          f.CINdetailsID === only.CINdetailsID && f.AssessmentID === only.AssessmentID && f.AssessmentFactor === '21',
      );
      if (!has21) return;
      out = addFlag(out, 'Assessments', assessments[0]!);
      out = addFlag(out, 'CINdetails', e);
    });
    return out;
  },
  examples: [
    {
      description: 'a single assessment with factor 21 on an episode closed as RC7 is queried',
      tables: {
        CINdetails: [{ ReasonForClosure: 'RC7' }],
        Assessments: [{ AssessmentAuthorisationDate: '2022-05-26' }],
        AssessmentFactorsList: [{ AssessmentFactor: '21' }],
      },
      expect: { CINdetails: [0], Assessments: [0] },
    },
    {
      description: 'RC8 closure, or two assessments on the episode, pass',
      tables: {
        CINdetails: [
          { CINdetailsID: '1', ReasonForClosure: 'RC8' },
          { CINdetailsID: '2', ReasonForClosure: 'RC7' },
        ],
        Assessments: [
          { CINdetailsID: '1', AssessmentID: '1' },
          { CINdetailsID: '2', AssessmentID: '1' },
          { CINdetailsID: '2', AssessmentID: '2' },
        ],
        AssessmentFactorsList: [
          { CINdetailsID: '1', AssessmentID: '1', AssessmentFactor: '21' },
          { CINdetailsID: '2', AssessmentID: '1', AssessmentFactor: '21' },
        ],
      },
      expect: {},
    },
  ],
};
