import { addFlag } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/** 8840 — a CP plan cannot start and end on the same day. */
export const rule8840: ChildRuleDefinition = {
  code: '8840',
  message: 'Child Protection Plan cannot start and end on the same day',
  type: 'error',
  scope: 'child',
  fields: { ChildProtectionPlans: ['CPPstartDate', 'CPPendDate'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    let out: RuleFlags | undefined;
    tables.ChildProtectionPlans.forEach((p, i) => {
      if (p.CPPstartDate !== '' && p.CPPstartDate === p.CPPendDate) out = addFlag(out, 'ChildProtectionPlans', i);
    });
    return out;
  },
  examples: [
    {
      description: 'a one-day plan is flagged',
      tables: { ChildProtectionPlans: [{ CPPstartDate: '2022-10-08', CPPendDate: '2022-10-08' }] },
      expect: { ChildProtectionPlans: [0] },
    },
    {
      description: 'a longer plan and an open plan pass',
      tables: {
        ChildProtectionPlans: [
          { CPPID: '1', CPPstartDate: '2022-10-08', CPPendDate: '2022-12-09' },
          { CPPID: '2', CPPstartDate: '2022-10-08' },
        ],
      },
      expect: {},
    },
  ],
};
