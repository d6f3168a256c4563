import { addFlag } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/** 8720 — every CP plan needs a start date on or before the reference date. */
export const rule8720: ChildRuleDefinition = {
  code: '8720',
  message: 'Child Protection Plan Start Date missing or out of data collection period',
  type: 'error',
  scope: 'child',
  fields: { ChildProtectionPlans: ['CPPstartDate'] },
  years: { from: 2023 },
  check: ({ tables, referenceDate }) => {
    let out: RuleFlags | undefined;
    tables.ChildProtectionPlans.forEach((p, i) => {
      if (p.CPPstartDate === '' || p.CPPstartDate > referenceDate) out = addFlag(out, 'ChildProtectionPlans', i);
    });
    return out;
  },
  examples: [
    {
      description: 'a missing start and a start after 31 March are flagged',
      tables: {
        ChildProtectionPlans: [
          { CPPID: '1', CPPstartDate: '' },
          { CPPID: '2', CPPstartDate: '2023-10-01' },
        ],
      },
      expect: { ChildProtectionPlans: [0, 1] },
    },
    {
      description: 'a start on or before the reference date passes, however old',
      tables: {
        ChildProtectionPlans: [
          { CPPID: '1', CPPstartDate: '2023-03-31' },
          { CPPID: '2', CPPstartDate: '2019-03-01' },
        ],
      },
      expect: {},
    },
  ],
};
