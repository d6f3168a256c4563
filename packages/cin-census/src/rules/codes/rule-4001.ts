import { addFlag } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/** 4001 — within a CIN episode, an open CP plan (no end date) and an open CIN plan cannot both be present. */
export const rule4001: ChildRuleDefinition = {
  code: '4001',
  message: 'A CIN Plan cannot run concurrently with a Child Protection Plan',
  type: 'error',
  scope: 'child',
  fields: { ChildProtectionPlans: ['CPPendDate'], CINplanDates: ['CINPlanEndDate'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    let out: RuleFlags | undefined;
    tables.ChildProtectionPlans.forEach((cpp, p) => {
      if (cpp.CPPendDate !== '') return;
      tables.CINplanDates.forEach((plan, i) => {
        if (plan.CINdetailsID !== cpp.CINdetailsID || plan.CINPlanEndDate !== '') return;
        out = addFlag(out, 'ChildProtectionPlans', p);
        out = addFlag(out, 'CINplanDates', i);
      });
    });
    return out;
  },
  examples: [
    {
      description: 'an open CP plan and an open CIN plan on one episode are both flagged',
      tables: {
        ChildProtectionPlans: [{ CPPstartDate: '2022-05-01' }],
        CINplanDates: [{ CINPlanStartDate: '2022-06-01' }],
      },
      expect: { ChildProtectionPlans: [0], CINplanDates: [0] },
    },
    {
      description: 'a closed plan on either side, or plans on different episodes, pass',
      tables: {
        ChildProtectionPlans: [
          { CINdetailsID: '1', CPPstartDate: '2022-05-01' },
          { CINdetailsID: '2', CPPstartDate: '2022-05-01', CPPendDate: '2022-06-01' },
        ],
        CINplanDates: [
          { CINdetailsID: '1', CINPlanStartDate: '2022-04-01', CINPlanEndDate: '2022-04-30' },
          { CINdetailsID: '2', CINPlanStartDate: '2022-06-01' },
          { CINdetailsID: '3', CINPlanStartDate: '2022-06-01' },
        ],
      },
      expect: {},
    },
  ],
};
