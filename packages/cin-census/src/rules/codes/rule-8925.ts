import { addFlag } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/** 8925 — a CP plan end date, when present, cannot be before its start date. */
export const rule8925: ChildRuleDefinition = {
  code: '8925',
  message: 'Child Protection Plan End Date earlier than Start Date',
  type: 'error',
  scope: 'child',
  fields: { ChildProtectionPlans: ['CPPstartDate', 'CPPendDate'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    let out: RuleFlags | undefined;
    tables.ChildProtectionPlans.forEach((p, i) => {
      if (p.CPPstartDate !== '' && p.CPPendDate !== '' && p.CPPendDate < p.CPPstartDate) {
        out = addFlag(out, 'ChildProtectionPlans', i);
      }
    });
    return out;
  },
  examples: [
    {
      description: 'a plan ending the day before it starts is flagged',
      tables: { ChildProtectionPlans: [{ CPPstartDate: '2022-05-26', CPPendDate: '2022-05-25' }] },
      expect: { ChildProtectionPlans: [0] },
    },
    {
      description: 'a plan ending on or after its start, or open, passes',
      tables: {
        ChildProtectionPlans: [
          { CPPID: '1', CPPstartDate: '2022-05-26', CPPendDate: '2022-05-26' },
          { CPPID: '2', CPPstartDate: '2022-05-26' },
        ],
      },
      expect: {},
    },
  ],
};
