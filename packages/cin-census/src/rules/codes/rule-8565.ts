import { addFlag, rowsOfEpisode } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/** True when a present date is after the closure date. */
function after(date: string, closed: string): boolean {
  return date !== '' && date > closed;
}

/**
 * 8565 — when a CIN episode has a closure date, no activity of that episode may be dated after it: the
 * episode's ICPC, assessment start and authorisation, S47 start and ICPC, CP plan end, CIN plan start and end.
 * Flags the episode and each late record. (The reference validator never checks CP plans: see README.)
 */
export const rule8565: ChildRuleDefinition = {
  code: '8565',
  message: 'Activity shown after a case has been closed',
  type: 'error',
  scope: 'child',
  fields: {
    CINdetails: ['CINclosureDate', 'DateOfInitialCPC'],
    Assessments: ['AssessmentActualStartDate', 'AssessmentAuthorisationDate'],
    Section47: ['S47ActualStartDate', 'DateOfInitialCPC'],
    ChildProtectionPlans: ['CPPendDate'],
    CINplanDates: ['CINPlanStartDate', 'CINPlanEndDate'],
  },
  years: { from: 2023 },
  check: ({ tables }) => {
    let out: RuleFlags | undefined;
    tables.CINdetails.forEach((cin, e) => {
      const closed = cin.CINclosureDate;
      if (closed === '') return;
      let late = after(cin.DateOfInitialCPC, closed);
      for (const i of rowsOfEpisode(tables.Assessments, cin.CINdetailsID)) {
        const a = tables.Assessments[i]!;
        if (after(a.AssessmentActualStartDate, closed) || after(a.AssessmentAuthorisationDate, closed)) {
          out = addFlag(out, 'Assessments', i);
          late = true;
        }
      }
      for (const i of rowsOfEpisode(tables.Section47, cin.CINdetailsID)) {
        const s = tables.Section47[i]!;
        if (after(s.S47ActualStartDate, closed) || after(s.DateOfInitialCPC, closed)) {
          out = addFlag(out, 'Section47', i);
          late = true;
        }
      }
      for (const i of rowsOfEpisode(tables.ChildProtectionPlans, cin.CINdetailsID)) {
        if (after(tables.ChildProtectionPlans[i]!.CPPendDate, closed)) {
          out = addFlag(out, 'ChildProtectionPlans', i);
          late = true;
        }
      }
      for (const i of rowsOfEpisode(tables.CINplanDates, cin.CINdetailsID)) {
        const p = tables.CINplanDates[i]!;
        if (after(p.CINPlanStartDate, closed) || after(p.CINPlanEndDate, closed)) {
          out = addFlag(out, 'CINplanDates', i);
          late = true;
        }
      }
      if (late) out = addFlag(out, 'CINdetails', e);
    });
    return out;
  },
  examples: [
    {
      description: 'an assessment authorised and a CP plan ended after the closure are flagged with the episode',
      tables: {
        CINdetails: [{ CINclosureDate: '2022-05-26', DateOfInitialCPC: '2022-05-26' }],
        Assessments: [
          { AssessmentActualStartDate: '2022-05-01', AssessmentAuthorisationDate: '2022-05-27' },
          { AssessmentActualStartDate: '2022-05-01', AssessmentAuthorisationDate: '2022-05-26' },
        ],
        ChildProtectionPlans: [{ CPPstartDate: '2022-05-01', CPPendDate: '2022-06-01' }],
      },
      expect: { CINdetails: [0], Assessments: [0], ChildProtectionPlans: [0] },
    },
    {
      description: 'an ICPC on the episode after the closure flags the episode alone',
      tables: { CINdetails: [{ CINclosureDate: '2022-05-26', DateOfInitialCPC: '2022-05-27' }] },
      expect: { CINdetails: [0] },
    },
    {
      description: 'activity up to the closure date, or an open episode, passes',
      tables: {
        CINdetails: [
          { CINdetailsID: '1', CINclosureDate: '2022-05-26' },
          { CINdetailsID: '2', CINclosureDate: '' },
        ],
        Section47: [
          { CINdetailsID: '1', S47ActualStartDate: '2022-05-26' },
          { CINdetailsID: '2', S47ActualStartDate: '2022-09-01' },
        ],
        CINplanDates: [{ CINdetailsID: '1', CINPlanStartDate: '2022-01-01', CINPlanEndDate: '2022-05-26' }],
      },
      expect: {},
    },
  ],
};
