import { addFlag } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/** 4012Q — a CIN plan should not start and end on the same day. */
export const rule4012Q: ChildRuleDefinition = {
  code: '4012Q',
  message: 'CIN Plan shown as starting and ending on the same day - please check',
  type: 'query',
  scope: 'child',
  fields: { CINplanDates: ['CINPlanStartDate', 'CINPlanEndDate'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    let out: RuleFlags | undefined;
    tables.CINplanDates.forEach((plan, i) => {
      if (plan.CINPlanStartDate !== '' && plan.CINPlanStartDate === plan.CINPlanEndDate)
        out = addFlag(out, 'CINplanDates', i);
    });
    return out;
  },
  examples: [
    {
      description: 'a one-day plan is queried',
      tables: { CINplanDates: [{ CINPlanStartDate: '2022-05-26', CINPlanEndDate: '2022-05-26' }] },
      expect: { CINplanDates: [0] },
    },
    {
      description: 'longer and open plans pass',
      tables: {
        CINplanDates: [
          { CINPlanStartDate: '2022-05-26', CINPlanEndDate: '2022-05-27' },
          { CINPlanStartDate: '2022-05-26' },
        ],
      },
      expect: {},
    },
  ],
};
