import { addFlag, episodeIndex } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/** 1103 — an assessment cannot start before the referral of its CIN episode. */
export const rule1103: ChildRuleDefinition = {
  code: '1103',
  message: 'The assessment start date cannot be before the referral date',
  type: 'error',
  scope: 'child',
  fields: { Assessments: ['AssessmentActualStartDate'], CINdetails: ['CINreferralDate'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    let out: RuleFlags | undefined;
    tables.Assessments.forEach((a, i) => {
      if (a.AssessmentActualStartDate === '') return;
      const e = episodeIndex(tables.CINdetails, a.CINdetailsID);
      const referral = e === -1 ? '' : tables.CINdetails[e]!.CINreferralDate;
      if (referral !== '' && a.AssessmentActualStartDate < referral) {
        out = addFlag(out, 'Assessments', i);
        out = addFlag(out, 'CINdetails', e);
      }
    });
    return out;
  },
  examples: [
    {
      description: 'an assessment starting the day before the referral is flagged with the referral',
      tables: {
        CINdetails: [{ CINreferralDate: '2022-07-01' }],
        Assessments: [{ AssessmentActualStartDate: '2022-06-30' }, { AssessmentActualStartDate: '2022-07-01' }],
      },
      expect: { Assessments: [0], CINdetails: [0] },
    },
    {
      description: 'assessments on or after the referral of their own episode pass',
      tables: {
        CINdetails: [
          { CINdetailsID: '1', CINreferralDate: '2022-07-01' },
          { CINdetailsID: '2', CINreferralDate: '2022-09-01' },
        ],
        Assessments: [
          { CINdetailsID: '1', AssessmentActualStartDate: '2022-07-01' },
          { CINdetailsID: '2', AssessmentActualStartDate: '2022-09-10' },
        ],
      },
      expect: {},
    },
  ],
};
