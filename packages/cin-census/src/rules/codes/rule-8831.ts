import { addFlag, isTrue } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/**
 * 8831 — a referral with no further action (ReferralNFA true/1) cannot have an assessment (start or
 * authorisation date), a section 47 enquiry (start or ICPC date) or an initial child protection conference.
 */
export const rule8831: ChildRuleDefinition = {
  code: '8831',
  message: 'Activity is recorded against a case marked as a referral with no further action',
  type: 'error',
  scope: 'child',
  fields: { CINdetails: ['DateOfInitialCPC'], Assessments: ['LAchildID'], Section47: ['LAchildID'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    let out: RuleFlags | undefined;
    tables.CINdetails.forEach((cin, e) => {
      if (!isTrue(cin.ReferralNFA)) return;
      let activity = cin.DateOfInitialCPC !== '';
      tables.Assessments.forEach((a, i) => {
        if (a.CINdetailsID !== cin.CINdetailsID) return;
        if (a.AssessmentActualStartDate !== '' || a.AssessmentAuthorisationDate !== '') {
          out = addFlag(out, 'Assessments', i);
          activity = true;
        }
      });
      tables.Section47.forEach((s, i) => {
        if (s.CINdetailsID !== cin.CINdetailsID) return;
        if (s.S47ActualStartDate !== '' || s.DateOfInitialCPC !== '') {
          out = addFlag(out, 'Section47', i);
          activity = true;
        }
      });
      if (activity) out = addFlag(out, 'CINdetails', e);
    });
    return out;
  },
  examples: [
    {
      description: 'an NFA referral with an ICPC date, or with an assessment, is flagged',
      tables: {
        CINdetails: [
          { CINdetailsID: '1', ReferralNFA: 'true', DateOfInitialCPC: '2022-05-28' },
          { CINdetailsID: '2', ReferralNFA: '1' },
        ],
        Assessments: [{ CINdetailsID: '2', AssessmentAuthorisationDate: '2022-06-01' }],
      },
      expect: { CINdetails: [0, 1], Assessments: [0] },
    },
    {
      description: 'an NFA referral with a section 47 is flagged with the enquiry',
      tables: {
        CINdetails: [{ ReferralNFA: 'TRUE' }],
        Section47: [{ S47ActualStartDate: '2022-06-01' }],
      },
      expect: { CINdetails: [0], Section47: [0] },
    },
    {
      description: 'activity on a referral that went on to further action passes',
      tables: {
        CINdetails: [{ ReferralNFA: 'false', DateOfInitialCPC: '2022-05-28' }],
        Assessments: [{ AssessmentActualStartDate: '2022-05-01' }],
      },
      expect: {},
    },
  ],
};
