import { withinCensusYear } from './within-year.ts';

/** 4013 — a CIN plan end date, when present, must fall within the census year. */
export const rule4013 = withinCensusYear({
  code: '4013',
  message: 'CIN Plan end date must fall within the census year',
  table: 'CINplanDates',
  column: 'CINPlanEndDate',
  examples: [
    {
      description: 'plan ends before 1 April and after 31 March are flagged',
      tables: { CINplanDates: [{ CINPlanEndDate: '2022-03-01' }, { CINPlanEndDate: '2023-10-01' }] },
      expect: { CINplanDates: [0, 1] },
    },
    {
      description: 'an end on 1 April, and an open plan, pass',
      tables: { CINplanDates: [{ CINPlanEndDate: '2022-04-01' }, { CINPlanEndDate: '' }] },
      expect: {},
    },
  ],
});
