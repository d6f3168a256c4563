import { addFlag } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/** 8896 — within one CIN episode at most one assessment may be open (no authorisation date). */
export const rule8896: ChildRuleDefinition = {
  code: '8896',
  message: 'Within one CINDetails group there are 2 or more open Assessments groups',
  type: 'error',
  scope: 'child',
  fields: { Assessments: ['AssessmentAuthorisationDate'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    const rows = tables.Assessments;
    if (rows.length < 2) return undefined;
    let out: RuleFlags | undefined;
    rows.forEach((a, i) => {
      if (a.AssessmentAuthorisationDate !== '') return;
      if (rows.some((o, j) => j !== i && o.CINdetailsID === a.CINdetailsID && o.AssessmentAuthorisationDate === '')) {
        out = addFlag(out, 'Assessments', i);
      }
    });
    return out;
  },
  examples: [
    {
      description: 'two open assessments in one episode are flagged',
      tables: {
        Assessments: [
          { AssessmentID: '1', AssessmentActualStartDate: '2022-05-01' },
          { AssessmentID: '2', AssessmentActualStartDate: '2022-06-01' },
        ],
      },
      expect: { Assessments: [0, 1] },
    },
    {
      description: 'one open assessment per episode passes',
      tables: {
        Assessments: [
          { CINdetailsID: '1', AssessmentActualStartDate: '2022-05-01' },
          { CINdetailsID: '1', AssessmentID: '2', AssessmentAuthorisationDate: '2022-05-20' },
          { CINdetailsID: '2', AssessmentActualStartDate: '2022-06-01' },
        ],
      },
      expect: {},
    },
  ],
};
