import type { RuleDefinition } from '../rule.ts';
import { rowRule } from '../shared-400-plus.ts';

/** 524 — a married same-sex couple (L12) must be recorded as MM or FF. */
export const rule524: RuleDefinition = rowRule({
  code: '524',
  message:
    'If reporting legal status of adopters is L12 then the genders of adopters should be coded as MM or FF. MM = the adopting couple are both males. FF = the adopting couple are both females',
  table: 'AD1',
  fields: ['LS_ADOPTR', 'SEX_ADOPTR'],
  years: { from: 2023 },
  fails: (r) => r.LS_ADOPTR === 'L12' && r.SEX_ADOPTR !== 'MM' && r.SEX_ADOPTR !== 'FF',
  examples: [
    {
      description: 'the combinations that contradict each other are flagged',
      current: {
        AD1: [
          { CHILD: '1', LS_ADOPTR: 'L12', SEX_ADOPTR: 'MF' },
          { CHILD: '2', LS_ADOPTR: 'L12', SEX_ADOPTR: 'M1' },
        ],
      },
      expect: { AD1: [0, 1] },
    },
    {
      description: 'consistent combinations pass',
      current: {
        AD1: [
          { CHILD: '1', LS_ADOPTR: 'L12', SEX_ADOPTR: 'MM' },
          { CHILD: '2', LS_ADOPTR: 'L11', SEX_ADOPTR: 'MF' },
        ],
      },
      expect: {},
    },
  ],
});
