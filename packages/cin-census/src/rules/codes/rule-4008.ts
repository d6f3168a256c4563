import { afterDeathExamples, notAfterDeath } from './after-death.ts';

/** 4008 — a CIN plan cannot start after the child's date of death. */
export const rule4008 = notAfterDeath({
  code: '4008',
  message: 'CIN Plan shown as starting after the child’s Date of Death.',
  table: 'CINplanDates',
  column: 'CINPlanStartDate',
  examples: afterDeathExamples('CINplanDates', 'CINPlanStartDate'),
});
