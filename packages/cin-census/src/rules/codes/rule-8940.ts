import { noOverlaps } from './overlap.ts';

/** 8940 — a child's CP plans cannot overlap. */
export const rule8940 = noOverlaps({
  code: '8940',
  message: 'Child Protection Plan data contains overlapping dates',
  table: 'ChildProtectionPlans',
  start: 'CPPstartDate',
  end: 'CPPendDate',
  examples: [
    {
      description: 'a plan starting inside another, or on the day it ends, is flagged with it',
      tables: {
        ChildProtectionPlans: [
          { CPPID: '1', CPPstartDate: '2022-05-26', CPPendDate: '2022-10-26' },
          { CPPID: '2', CPPstartDate: '2022-08-26', CPPendDate: '2022-12-26' },
          { LAchildID: 'c4', CPPID: '1', CPPstartDate: '2022-10-26', CPPendDate: '2023-03-31' },
          { LAchildID: 'c4', CPPID: '2', CPPstartDate: '2023-03-31' },
        ],
      },
      expect: { ChildProtectionPlans: [0, 1, 2, 3] },
    },
    {
      description: 'consecutive plans (the next starting the day after the last ends) pass',
      tables: {
        ChildProtectionPlans: [
          { CPPID: '1', CPPstartDate: '2022-05-26', CPPendDate: '2022-10-25' },
          { CPPID: '2', CPPstartDate: '2022-10-26', CPPendDate: '2022-12-26' },
        ],
      },
      expect: {},
    },
  ],
});
