import { afterDeathExamples, notAfterDeath } from './after-death.ts';

/** 8915 — a CP plan cannot start after the child's date of death. */
export const rule8915 = notAfterDeath({
  code: '8915',
  message: 'Child Protection Plan shown as starting after the child’s Date of Death',
  table: 'ChildProtectionPlans',
  column: 'CPPstartDate',
  examples: afterDeathExamples('ChildProtectionPlans', 'CPPstartDate'),
});
