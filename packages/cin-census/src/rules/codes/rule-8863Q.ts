import { addFlag } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/**
 * 8863Q — within one CIN episode, no assessment should start on or between another assessment's start and its
 * authorisation (or the reference date, when that one is still open). Exact duplicates (same start and end) are
 * not compared with each other. The later assessment is flagged on its start, the ongoing one on both dates.
 */
export const rule8863Q: ChildRuleDefinition = {
  code: '8863Q',
  message: 'An Assessment is shown as starting when there is another Assessment ongoing.',
  type: 'query',
  scope: 'child',
  fields: { Assessments: ['AssessmentActualStartDate', 'AssessmentAuthorisationDate'] },
  years: { from: 2023 },
  check: ({ tables, referenceDate }) => {
    const rows = tables.Assessments;
    if (rows.length < 2) return undefined;
    let out: RuleFlags | undefined;
    rows.forEach((a, i) => {
      const start = a.AssessmentActualStartDate;
      if (start === '') return;
      rows.forEach((o, j) => {
        if (i === j || o.CINdetailsID !== a.CINdetailsID || o.AssessmentActualStartDate === '') return;
        if (o.AssessmentActualStartDate === start && o.AssessmentAuthorisationDate === a.AssessmentAuthorisationDate)
          return;
        if (start < o.AssessmentActualStartDate) return;
        const end = o.AssessmentAuthorisationDate;
        if (end !== '' ? start > end : start > referenceDate) return;
        out = addFlag(out, 'Assessments', i, ['AssessmentActualStartDate']);
        out = addFlag(out, 'Assessments', j);
      });
    });
    return out;
  },
  examples: [
    {
      description: 'an assessment starting while another is ongoing is queried with it',
      tables: {
        Assessments: [
          { AssessmentID: '1', AssessmentActualStartDate: '2022-05-26', AssessmentAuthorisationDate: '2022-10-26' },
          { AssessmentID: '2', AssessmentActualStartDate: '2022-08-26' },
        ],
      },
      expect: { Assessments: [0, 1] },
    },
    {
      description: 'consecutive assessments, and ones in different episodes, pass',
      tables: {
        Assessments: [
          { CINdetailsID: '1', AssessmentActualStartDate: '2022-03-01', AssessmentAuthorisationDate: '2022-04-01' },
          { CINdetailsID: '1', AssessmentID: '2', AssessmentActualStartDate: '2022-09-01' },
          { CINdetailsID: '2', AssessmentActualStartDate: '2022-09-02' },
        ],
      },
      expect: {},
    },
  ],
};
