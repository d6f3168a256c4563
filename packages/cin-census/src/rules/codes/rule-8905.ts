import { codeListExamples, codeListRule } from './code-list-rule.ts';
import { ABUSE_CATEGORIES } from './code-lists.ts';

/** 8905 — every CP plan needs a valid initial category of abuse. */
export const rule8905 = codeListRule({
  code: '8905',
  message: 'Initial Category of Abuse code missing or invalid (see Category of Abuse table in CIN Census code set)',
  table: 'ChildProtectionPlans',
  column: 'InitialCategoryOfAbuse',
  codes: ABUSE_CATEGORIES,
  required: true,
  examples: codeListExamples('ChildProtectionPlans', 'InitialCategoryOfAbuse', ['AAA', ''], ['NEG', 'MUL']),
});
