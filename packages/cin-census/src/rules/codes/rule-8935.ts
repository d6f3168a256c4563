import { addFlag } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/** 8935 — a child can have only one open CP plan (no end date); all open plans are flagged when there are more. */
export const rule8935: ChildRuleDefinition = {
  code: '8935',
  message: 'This child is showing more than one open Child Protection plan, i.e. with no End Date',
  type: 'error',
  scope: 'child',
  fields: { ChildProtectionPlans: ['CPPendDate'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    const open: number[] = [];
    tables.ChildProtectionPlans.forEach((p, i) => {
      if (p.CPPendDate === '') open.push(i);
    });
    if (open.length < 2) return undefined;
    let out: RuleFlags | undefined;
    for (const i of open) out = addFlag(out, 'ChildProtectionPlans', i);
    return out;
  },
  examples: [
    {
      description: 'two open plans (in different episodes) are flagged',
      tables: {
        ChildProtectionPlans: [
          { CINdetailsID: '1', CPPstartDate: '2022-05-26' },
          { CINdetailsID: '2', CPPstartDate: '2022-08-26' },
        ],
      },
      expect: { ChildProtectionPlans: [0, 1] },
    },
    {
      description: 'one open plan beside an ended one passes',
      tables: {
        ChildProtectionPlans: [
          { CPPID: '1', CPPstartDate: '2022-05-26', CPPendDate: '2022-07-01' },
          { CPPID: '2', CPPstartDate: '2022-08-26' },
        ],
      },
      expect: {},
    },
  ],
};
