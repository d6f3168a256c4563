import { addFlag } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/** 8825Q — an episode closed as RC8 or RC9 (closed after assessment) should have an assessment. */
export const rule8825Q: ChildRuleDefinition = {
  code: '8825Q',
  message:
    'Please check and either amend data or provide a reason: Reason for Closure code RC8 (case closed after assessment) or RC9 (case closed after assessment, referred to early help) has been returned but there is no assessment present for the episode.',
  type: 'query',
  scope: 'child',
  fields: { CINdetails: ['ReasonForClosure'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    let out: RuleFlags | undefined;
    tables.CINdetails.forEach((cin, i) => {
      if (cin.ReasonForClosure !== 'RC8' && cin.ReasonForClosure !== 'RC9') return;
      if (!tables.Assessments.some((a) => a.CINdetailsID === cin.CINdetailsID)) out = addFlag(out, 'CINdetails', i);
    });
    return out;
  },
  examples: [
    {
      description: 'an RC8 episode without an assessment is queried',
      tables: {
        CINdetails: [
          { CINdetailsID: '1', ReasonForClosure: 'RC8' },
          { CINdetailsID: '2', ReasonForClosure: 'RC9' },
        ],
        Assessments: [{ CINdetailsID: '2', AssessmentActualStartDate: '2022-05-01' }],
      },
      expect: { CINdetails: [0] },
    },
    {
      description: 'RC9 with an assessment, and other reasons without one, pass',
      tables: {
        CINdetails: [
          { CINdetailsID: '1', ReasonForClosure: 'RC9' },
          { CINdetailsID: '2', ReasonForClosure: 'RC7' },
        ],
        Assessments: [{ CINdetailsID: '1', AssessmentActualStartDate: '2022-05-01' }],
      },
      expect: {},
    },
  ],
};
