import { inPeriod } from '../helpers.ts';
import type { ReturnRuleDefinition } from '../rule.ts';

/**
 * 2883 (return level) — across the return, CP plans starting in the census year cannot outnumber the initial
 * child protection conferences held in the year (ICPC dates on CIN episodes plus those on S47 modules).
 */
export const rule2883: ReturnRuleDefinition = {
  code: '2883',
  message: 'There are more child protection plans starting than initial conferences taking place',
  type: 'error',
  scope: 'return',
  fields: { ChildProtectionPlans: ['CPPstartDate'], CINdetails: ['DateOfInitialCPC'] },
  years: { from: 2023 },
  start: () => {
    let plans = 0;
    let conferences = 0;
    return {
      child: (ctx) => {
        for (const p of ctx.tables.ChildProtectionPlans) if (inPeriod(p.CPPstartDate, ctx)) plans++;
        for (const c of ctx.tables.CINdetails) if (inPeriod(c.DateOfInitialCPC, ctx)) conferences++;
        for (const s of ctx.tables.Section47) if (inPeriod(s.DateOfInitialCPC, ctx)) conferences++;
      },
      finish: () => ({ returnLevel: plans > conferences }),
    };
  },
  examples: [
    {
      description: 'three plans starting in the year after two conferences raise the error',
      tables: {
        ChildProtectionPlans: [
          { LAchildID: 'a', CPPID: '1', CPPstartDate: '2022-05-26' },
          { LAchildID: 'a', CPPID: '2', CPPstartDate: '2022-06-27' },
          { LAchildID: 'b', CPPstartDate: '2022-05-26' },
          { LAchildID: 'c', CPPstartDate: '2019-05-26' },
        ],
        Section47: [
          { LAchildID: 'a', DateOfInitialCPC: '2022-05-26' },
          { LAchildID: 'a', DateOfInitialCPC: '2022-06-27' },
        ],
      },
      expect: {},
      expectReturnLevel: true,
    },
    {
      description: 'as many conferences (on either level) as plans passes',
      tables: {
        CINdetails: [{ LAchildID: 'b', DateOfInitialCPC: '2022-05-26' }],
        ChildProtectionPlans: [
          { LAchildID: 'a', CPPstartDate: '2022-06-27' },
          { LAchildID: 'b', CPPstartDate: '2022-05-26' },
        ],
        Section47: [{ LAchildID: 'a', DateOfInitialCPC: '2022-06-27' }],
      },
      expect: {},
    },
  ],
};
