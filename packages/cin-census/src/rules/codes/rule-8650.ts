import { codeListExamples, codeListRule } from './code-list-rule.ts';
import { PRIMARY_NEED_CODES } from './code-lists.ts';

/** 8650 — a primary need code, when present, must be N0–N9. */
export const rule8650 = codeListRule({
  code: '8650',
  message: 'Primary Need Code invalid (see Primary Need table in CIN census code set)',
  table: 'CINdetails',
  column: 'PrimaryNeedCode',
  codes: PRIMARY_NEED_CODES,
  required: false,
  examples: codeListExamples('CINdetails', 'PrimaryNeedCode', ['AA', 'N10'], ['N1', 'N0', '']),
});
