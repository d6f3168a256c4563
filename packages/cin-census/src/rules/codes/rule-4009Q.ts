import { afterDeathExamples, notAfterDeath } from './after-death.ts';

/** 4009Q — a CIN plan should not end after the child's date of death. */
export const rule4009Q = notAfterDeath({
  code: '4009Q',
  message: 'CIN Plan cannot end after the child’s Date of Death',
  type: 'query',
  table: 'CINplanDates',
  column: 'CINPlanEndDate',
  examples: afterDeathExamples('CINplanDates', 'CINPlanEndDate'),
});
