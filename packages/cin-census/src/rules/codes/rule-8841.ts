import { addFlag } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/**
 * 8841 — a CP review cannot be on or before the start of its plan. Reviews are matched to their plan by episode
 * and plan number (CINdetailsID, CPPID).
 */
export const rule8841: ChildRuleDefinition = {
  code: '8841',
  message: 'The review date cannot be on the same day or before the Child protection Plan start date.',
  type: 'error',
  scope: 'child',
  fields: { ChildProtectionPlans: ['CPPstartDate'], Reviews: ['CPPreviewDate'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    let out: RuleFlags | undefined;
    tables.Reviews.forEach((review, r) => {
      if (review.CPPreviewDate === '') return;
      const p = tables.ChildProtectionPlans.findIndex(
        (cpp) => cpp.CINdetailsID === review.CINdetailsID && cpp.CPPID === review.CPPID,
      );
      if (p === -1) return;
      const start = tables.ChildProtectionPlans[p]!.CPPstartDate;
      if (start !== '' && review.CPPreviewDate <= start) {
        out = addFlag(out, 'Reviews', r);
        out = addFlag(out, 'ChildProtectionPlans', p);
      }
    });
    return out;
  },
  examples: [
    {
      description: 'a review on the plan start date is flagged with the plan',
      tables: {
        ChildProtectionPlans: [{ CPPstartDate: '2022-05-26' }],
        Reviews: [{ CPPreviewDate: '2022-05-26' }, { CPPreviewDate: '2022-08-26' }],
      },
      expect: { ChildProtectionPlans: [0], Reviews: [0] },
    },
    {
      description: 'reviews after the start of their own plan pass',
      tables: {
        ChildProtectionPlans: [
          { CINdetailsID: '1', CPPstartDate: '2022-05-26' },
          { CINdetailsID: '2', CPPstartDate: '2022-09-26' },
        ],
        Reviews: [{ CINdetailsID: '1', CPPreviewDate: '2022-08-26' }],
      },
      expect: {},
    },
  ],
};
