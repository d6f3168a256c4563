import { addFlag } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/**
 * 4016 — a CIN plan cannot start while one of the child's CP plans is open: on or after the CP plan start and
 * before its end (or, for an open CP plan, on or before the reference date). Starting on the CP plan's end
 * date is allowed. Compared across all the child's episodes, as the DfE rule is worded.
 */
export const rule4016: ChildRuleDefinition = {
  code: '4016',
  message: 'A CIN Plan has been reported as open at the same time as a Child Protection Plan.',
  type: 'error',
  scope: 'child',
  fields: { CINplanDates: ['CINPlanStartDate'], ChildProtectionPlans: ['CPPstartDate', 'CPPendDate'] },
  years: { from: 2023 },
  check: ({ tables, referenceDate }) => {
    let out: RuleFlags | undefined;
    tables.CINplanDates.forEach((plan, i) => {
      const start = plan.CINPlanStartDate;
      if (start === '') return;
      tables.ChildProtectionPlans.forEach((cpp, j) => {
        if (cpp.CPPstartDate === '' || start < cpp.CPPstartDate) return;
        const open = cpp.CPPendDate !== '' ? start < cpp.CPPendDate : start <= referenceDate;
        if (open) {
          out = addFlag(out, 'CINplanDates', i);
          out = addFlag(out, 'ChildProtectionPlans', j);
        }
      });
    });
    return out;
  },
  examples: [
    {
      description: 'a CIN plan starting during a CP plan, or while one is open at year end, is flagged',
      tables: {
        ChildProtectionPlans: [
          { CPPID: '1', CPPstartDate: '2022-05-26', CPPendDate: '2022-05-30' },
          { CPPID: '2', CPPstartDate: '2022-06-26' },
        ],
        CINplanDates: [
          { CINPlanStartDate: '2022-04-04' },
          { CINPlanStartDate: '2022-05-28' },
          { CINPlanStartDate: '2022-05-30' },
          { CINPlanStartDate: '2023-03-31' },
        ],
      },
      expect: { CINplanDates: [1, 3], ChildProtectionPlans: [0, 1] },
    },
    {
      description: 'a CIN plan starting on the CP plan end date or before it starts passes',
      tables: {
        ChildProtectionPlans: [{ CPPstartDate: '2022-05-26', CPPendDate: '2022-05-30' }],
        CINplanDates: [{ CINPlanStartDate: '2022-05-30' }, { CINPlanStartDate: '2022-05-01' }],
      },
      expect: {},
    },
  ],
};
