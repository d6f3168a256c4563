import { withinCensusYear } from './within-year.ts';

/** 8930 — a CP plan end date, when present, must fall within the census year. */
export const rule8930 = withinCensusYear({
  code: '8930',
  message: 'Child Protection Plan End Date must fall within the census year',
  table: 'ChildProtectionPlans',
  column: 'CPPendDate',
  examples: [
    {
      description: 'plan ends outside the year are flagged',
      tables: {
        ChildProtectionPlans: [
          { CPPID: '1', CPPendDate: '2019-03-01' },
          { CPPID: '2', CPPendDate: '2023-04-01' },
        ],
      },
      expect: { ChildProtectionPlans: [0, 1] },
    },
    {
      description: 'an end on 31 March, and an open plan, pass',
      tables: {
        ChildProtectionPlans: [
          { CPPID: '1', CPPendDate: '2023-03-31' },
          { CPPID: '2', CPPendDate: '' },
        ],
      },
      expect: {},
    },
  ],
});
