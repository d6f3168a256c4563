import type { RuleDefinition } from '../rule.ts';
import { rowRule } from '../shared-400-plus.ts';

/** 518 — an unmarried same-sex couple (L4) must be recorded as MM or FF. */
export const rule518: RuleDefinition = rowRule({
  code: '518',
  message:
    'If reporting legal status of adopters is L4 then the genders of adopters should be coded as MM or FF. MM = the adopting couple are both males. FF = the adopting couple are both females.',
  table: 'AD1',
  fields: ['LS_ADOPTR', 'SEX_ADOPTR'],
  years: { from: 2023 },
  fails: (r) => r.LS_ADOPTR === 'L4' && r.SEX_ADOPTR !== 'MM' && r.SEX_ADOPTR !== 'FF',
  examples: [
    {
      description: 'the combinations that contradict each other are flagged',
      current: {
        AD1: [
          { CHILD: '1', LS_ADOPTR: 'L4', SEX_ADOPTR: 'MF' },
          { CHILD: '2', LS_ADOPTR: 'L4', SEX_ADOPTR: 'M1' },
        ],
      },
      expect: { AD1: [0, 1] },
    },
    {
      description: 'consistent combinations pass',
      current: {
        AD1: [
          { CHILD: '1', LS_ADOPTR: 'L4', SEX_ADOPTR: 'MM' },
          { CHILD: '2', LS_ADOPTR: 'L4', SEX_ADOPTR: 'FF' },
        ],
      },
      expect: {},
    },
  ],
});
