import { afterDeathExamples, notAfterDeath } from './after-death.ts';

/** 8920 — a CP plan cannot end after the child's date of death. */
export const rule8920 = notAfterDeath({
  code: '8920',
  message: 'Child Protection Plan cannot end after the child’s Date of Death',
  table: 'ChildProtectionPlans',
  column: 'CPPendDate',
  examples: afterDeathExamples('ChildProtectionPlans', 'CPPendDate'),
});
