import { addFlag } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/**
 * 4003 — within a CIN episode, no CP review may be held while a CIN plan is open (on or after the plan start
 * and before its end, or with the plan still open), unless the review is on the CP plan's end date. Reviews
 * are matched to their own plan and episode (the reference validator ignores the episode: see README).
 */
export const rule4003: ChildRuleDefinition = {
  code: '4003',
  message: 'A CPP review date is shown as being held at the same time as an open CIN Plan.',
  type: 'error',
  scope: 'child',
  fields: { ChildProtectionPlans: ['CPPendDate'], CINplanDates: ['CINPlanStartDate'], Reviews: ['CPPreviewDate'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    let out: RuleFlags | undefined;
    tables.Reviews.forEach((review, r) => {
      const date = review.CPPreviewDate;
      if (date === '') return;
      const p = tables.ChildProtectionPlans.findIndex(
        (cpp) => cpp.CINdetailsID === review.CINdetailsID && cpp.CPPID === review.CPPID,
      );
      const planEnd = p === -1 ? '' : tables.ChildProtectionPlans[p]!.CPPendDate;
      if (planEnd !== '' && date === planEnd) return;
      tables.CINplanDates.forEach((plan, i) => {
        if (plan.CINdetailsID !== review.CINdetailsID || plan.CINPlanStartDate === '') return;
        if (date < plan.CINPlanStartDate || (plan.CINPlanEndDate !== '' && date >= plan.CINPlanEndDate)) return;
        out = addFlag(out, 'Reviews', r);
        out = addFlag(out, 'CINplanDates', i);
        if (p !== -1) out = addFlag(out, 'ChildProtectionPlans', p);
      });
    });
    return out;
  },
  examples: [
    {
      description: 'a review held while a CIN plan is open is flagged with the plan and the CP plan',
      tables: {
        ChildProtectionPlans: [{ CPPstartDate: '2022-05-01', CPPendDate: '2022-09-30' }],
        Reviews: [{ CPPreviewDate: '2022-07-29' }],
        CINplanDates: [{ CINPlanStartDate: '2022-07-01', CINPlanEndDate: '2022-08-01' }],
      },
      expect: { Reviews: [0], CINplanDates: [0], ChildProtectionPlans: [0] },
    },
    {
      description: 'a review on the CP plan end date, after the CIN plan ended, or in another episode, passes',
      tables: {
        ChildProtectionPlans: [
          { CINdetailsID: '1', CPPstartDate: '2022-05-01', CPPendDate: '2022-07-29' },
          { CINdetailsID: '2', CPPstartDate: '2022-05-01' },
        ],
        Reviews: [
          { CINdetailsID: '1', CPPreviewDate: '2022-07-29' },
          { CINdetailsID: '2', CPPreviewDate: '2022-08-01' },
        ],
        CINplanDates: [
          { CINdetailsID: '1', CINPlanStartDate: '2022-07-01' },
          { CINdetailsID: '2', CINPlanStartDate: '2022-07-01', CINPlanEndDate: '2022-08-01' },
          { CINdetailsID: '3', CINPlanStartDate: '2022-07-01' },
        ],
      },
      expect: {},
    },
  ],
};
