import { noOverlaps } from './overlap.ts';

/** 4014 — a child's CIN plans cannot overlap. */
export const rule4014 = noOverlaps({
  code: '4014',
  message: 'CIN Plan data contains overlapping dates',
  table: 'CINplanDates',
  start: 'CINPlanStartDate',
  end: 'CINPlanEndDate',
  examples: [
    {
      description: 'a plan starting while an open plan runs is flagged with it',
      tables: {
        CINplanDates: [
          { CINPlanStartDate: '2022-05-26' },
          { CINPlanStartDate: '2022-08-26', CINPlanEndDate: '2022-10-26' },
        ],
      },
      expect: { CINplanDates: [0, 1] },
    },
    {
      description: 'consecutive plans pass',
      tables: {
        CINplanDates: [
          { CINPlanStartDate: '2022-05-26', CINPlanEndDate: '2022-10-25' },
          { CINPlanStartDate: '2022-10-26', CINPlanEndDate: '2022-12-26' },
        ],
      },
      expect: {},
    },
  ],
});
