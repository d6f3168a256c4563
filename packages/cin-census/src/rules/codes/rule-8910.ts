import { codeListExamples, codeListRule } from './code-list-rule.ts';
import { ABUSE_CATEGORIES } from './code-lists.ts';

/** 8910 — every CP plan needs a valid latest category of abuse. */
export const rule8910 = codeListRule({
  code: '8910',
  message: 'Latest Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)',
  table: 'ChildProtectionPlans',
  column: 'LatestCategoryOfAbuse',
  codes: ABUSE_CATEGORIES,
  required: true,
  examples: codeListExamples('ChildProtectionPlans', 'LatestCategoryOfAbuse', ['BBB', ''], ['PHY', 'EMO', 'SAB']),
});
