import { addFlag } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/** 4004 — within a CIN episode, at most one CIN plan may be open (no end date); all open ones are flagged. */
export const rule4004: ChildRuleDefinition = {
  code: '4004',
  message: 'This child is showing more than one open CIN Plan, i.e. with no End Date',
  type: 'error',
  scope: 'child',
  fields: { CINplanDates: ['CINPlanEndDate'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    const plans = tables.CINplanDates;
    if (plans.length < 2) return undefined;
    let out: RuleFlags | undefined;
    plans.forEach((plan, i) => {
      if (plan.CINPlanEndDate !== '') return;
      const others = plans.some((o, j) => j !== i && o.CINdetailsID === plan.CINdetailsID && o.CINPlanEndDate === '');
      if (others) out = addFlag(out, 'CINplanDates', i);
    });
    return out;
  },
  examples: [
    {
      description: 'two open plans in one episode are flagged',
      tables: {
        CINplanDates: [
          { CINPlanStartDate: '2022-05-01' },
          { CINPlanStartDate: '2022-06-01' },
          { CINPlanStartDate: '2022-04-01', CINPlanEndDate: '2022-04-30' },
        ],
      },
      expect: { CINplanDates: [0, 1] },
    },
    {
      description: 'one open plan per episode passes',
      tables: {
        CINplanDates: [
          { CINdetailsID: '1', CINPlanStartDate: '2022-05-01' },
          { CINdetailsID: '2', CINPlanStartDate: '2022-06-01' },
        ],
      },
      expect: {},
    },
  ],
};
