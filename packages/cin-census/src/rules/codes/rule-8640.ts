import { codeListExamples, codeListRule } from './code-list-rule.ts';
import { CLOSURE_REASONS } from './code-lists.ts';

/** 8640 — a reason for closure, when present, must be RC1–RC9. */
export const rule8640 = codeListRule({
  code: '8640',
  message: 'CIN Reason for closure code invalid (see Reason for Closure table in CIN Census code set)',
  table: 'CINdetails',
  column: 'ReasonForClosure',
  codes: CLOSURE_REASONS,
  required: false,
  examples: codeListExamples('CINdetails', 'ReasonForClosure', ['RC13', 'RC0', 'rc1'], ['RC1', 'RC9', '']),
});
