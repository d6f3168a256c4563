import { addFlag, rowsOfEpisode } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/**
 * 2990 — an episode closed as RC8 or RC9 (closed after assessment) cannot have an ICPC date, a section 47,
 * a CP plan or a CIN plan. Flags the episode and each such module.
 */
export const rule2990: ChildRuleDefinition = {
  code: '2990',
  message: 'Activity is recorded against a case marked as ‘Case closed after assessment, no further action’.',
  type: 'error',
  scope: 'child',
  fields: {
    CINdetails: ['DateOfInitialCPC'],
    ChildProtectionPlans: ['LAchildID'],
    CINplanDates: ['LAchildID'],
    Section47: ['LAchildID'],
  },
  years: { from: 2023 },
  check: ({ tables }) => {
    let out: RuleFlags | undefined;
    tables.CINdetails.forEach((cin, e) => {
      if (cin.ReasonForClosure !== 'RC8' && cin.ReasonForClosure !== 'RC9') return;
      let activity = cin.DateOfInitialCPC !== '';
      for (const table of ['ChildProtectionPlans', 'CINplanDates', 'Section47'] as const) {
        for (const i of rowsOfEpisode(tables[table], cin.CINdetailsID)) {
          out = addFlag(out, table, i);
          activity = true;
        }
      }
      if (activity) out = addFlag(out, 'CINdetails', e);
    });
    return out;
  },
  examples: [
    {
      description: 'an RC8 episode with an ICPC date, and an RC9 episode with a CIN plan, are flagged',
      tables: {
        CINdetails: [
          { CINdetailsID: '1', ReasonForClosure: 'RC8', DateOfInitialCPC: '2022-05-28' },
          { CINdetailsID: '2', ReasonForClosure: 'RC9' },
        ],
        CINplanDates: [{ CINdetailsID: '2', CINPlanStartDate: '2022-06-01' }],
      },
      expect: { CINdetails: [0, 1], CINplanDates: [0] },
    },
    {
      description: 'an RC8 episode with only an assessment, and S47 work on an RC7 episode, pass',
      tables: {
        CINdetails: [
          { CINdetailsID: '1', ReasonForClosure: 'RC8' },
          { CINdetailsID: '2', ReasonForClosure: 'RC7', DateOfInitialCPC: '2022-05-28' },
        ],
        Assessments: [{ CINdetailsID: '1', AssessmentActualStartDate: '2022-05-01' }],
        Section47: [{ CINdetailsID: '2', S47ActualStartDate: '2022-05-10' }],
      },
      expect: {},
    },
  ],
};
