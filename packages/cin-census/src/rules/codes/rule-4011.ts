import { addFlag } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/** 4011 — a CIN plan end date, when present, cannot be before its start date. */
export const rule4011: ChildRuleDefinition = {
  code: '4011',
  message: 'CIN Plan End Date earlier than Start Date',
  type: 'error',
  scope: 'child',
  fields: { CINplanDates: ['CINPlanEndDate', 'CINPlanStartDate'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    let out: RuleFlags | undefined;
    tables.CINplanDates.forEach((plan, i) => {
      const { CINPlanStartDate: start, CINPlanEndDate: end } = plan;
      if (start !== '' && end !== '' && end < start) out = addFlag(out, 'CINplanDates', i);
    });
    return out;
  },
  examples: [
    {
      description: 'a plan ending before it starts is flagged',
      tables: { CINplanDates: [{ CINPlanStartDate: '2022-05-26', CINPlanEndDate: '2022-05-25' }] },
      expect: { CINplanDates: [0] },
    },
    {
      description: 'same-day and open plans pass',
      tables: {
        CINplanDates: [
          { CINPlanStartDate: '2022-05-26', CINPlanEndDate: '2022-05-26' },
          { CINPlanStartDate: '2022-05-26' },
        ],
      },
      expect: {},
    },
  ],
};
