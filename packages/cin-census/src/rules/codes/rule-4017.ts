import { addFlag } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/**
 * 4017 — a CP plan cannot start while one of the child's CIN plans is open: on or after the CIN plan start and
 * before its end (or, for an open CIN plan, on or before the reference date). Starting on the CIN plan's end
 * date is allowed. The mirror of 4016.
 */
export const rule4017: ChildRuleDefinition = {
  code: '4017',
  message: 'A CIN Plan has been reported as open at the same time as a Child Protection Plan.',
  type: 'error',
  scope: 'child',
  fields: { ChildProtectionPlans: ['CPPstartDate'], CINplanDates: ['CINPlanStartDate', 'CINPlanEndDate'] },
  years: { from: 2023 },
  check: ({ tables, referenceDate }) => {
    let out: RuleFlags | undefined;
    tables.ChildProtectionPlans.forEach((cpp, p) => {
      const start = cpp.CPPstartDate;
      if (start === '') return;
      tables.CINplanDates.forEach((plan, i) => {
        if (plan.CINPlanStartDate === '' || start < plan.CINPlanStartDate) return;
        const open = plan.CINPlanEndDate !== '' ? start < plan.CINPlanEndDate : start <= referenceDate;
        if (!open) return;
        out = addFlag(out, 'ChildProtectionPlans', p);
        out = addFlag(out, 'CINplanDates', i);
      });
    });
    return out;
  },
  examples: [
    {
      description: 'a CP plan starting during a CIN plan is flagged with the CIN plan',
      tables: {
        CINplanDates: [{ CINPlanStartDate: '2022-05-26', CINPlanEndDate: '2022-05-30' }],
        ChildProtectionPlans: [{ CPPstartDate: '2022-05-28' }],
      },
      expect: { ChildProtectionPlans: [0], CINplanDates: [0] },
    },
    {
      description: 'a CP plan starting on the CIN plan end date, or before it, passes',
      tables: {
        CINplanDates: [{ CINPlanStartDate: '2022-05-26', CINPlanEndDate: '2022-05-30' }],
        ChildProtectionPlans: [
          { CPPID: '1', CPPstartDate: '2022-05-30' },
          { CPPID: '2', CPPstartDate: '2022-04-04' },
        ],
      },
      expect: {},
    },
  ],
};
