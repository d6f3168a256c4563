import { codeListExamples, codeListRule } from './code-list-rule.ts';

/** 8568 — every CIN episode needs ReferralNFA, as 1/0 or true/false (any case). */
export const rule8568 = codeListRule({
  code: '8568',
  message: 'RNFA flag is missing or invalid',
  table: 'CINdetails',
  column: 'ReferralNFA',
  codes: new Set(['1', '0', 'true', 'false', 'TRUE', 'FALSE', 'True', 'False']),
  required: true,
  examples: codeListExamples('CINdetails', 'ReferralNFA', ['2', '', 'Woof'], ['1', '0', 'true', 'FALSE']),
});
