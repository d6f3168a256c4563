import { addFlag } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/** 8730 — every CP plan needs the number of previous CP plans, a whole number of 0 or more. */
export const rule8730: ChildRuleDefinition = {
  code: '8730',
  message: 'Total Number of previous Child Protection Plans missing',
  type: 'error',
  scope: 'child',
  fields: { ChildProtectionPlans: ['NumberOfPreviousCPP'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    let out: RuleFlags | undefined;
    tables.ChildProtectionPlans.forEach((p, i) => {
      if (!/^\d+$/.test(p.NumberOfPreviousCPP)) out = addFlag(out, 'ChildProtectionPlans', i);
    });
    return out;
  },
  examples: [
    {
      description: 'a missing or negative count is flagged',
      tables: {
        ChildProtectionPlans: [
          { CPPID: '1', NumberOfPreviousCPP: '' },
          { CPPID: '2', NumberOfPreviousCPP: '-1' },
        ],
      },
      expect: { ChildProtectionPlans: [0, 1] },
    },
    {
      description: '0 and positive counts pass',
      tables: {
        ChildProtectionPlans: [
          { CPPID: '1', NumberOfPreviousCPP: '0' },
          { CPPID: '2', NumberOfPreviousCPP: '10' },
        ],
      },
      expect: {},
    },
  ],
};
