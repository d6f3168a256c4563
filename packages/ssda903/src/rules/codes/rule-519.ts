import type { RuleDefinition } from '../rule.ts';
import { rowRule } from '../shared-400-plus.ts';

/** 519 — a civil partnership couple (L2) must be recorded as MM, FF or MF. */
export const rule519: RuleDefinition = rowRule({
  code: '519',
  message:
    'Data entered on the legal status of adopters shows civil partnership couple, but data entered on genders of adopters does not show it as a couple.',
  table: 'AD1',
  fields: ['LS_ADOPTR', 'SEX_ADOPTR'],
  years: { from: 2023 },
  fails: (r) => r.LS_ADOPTR === 'L2' && r.SEX_ADOPTR !== 'MM' && r.SEX_ADOPTR !== 'FF' && r.SEX_ADOPTR !== 'MF',
  examples: [
    {
      description: 'the combinations that contradict each other are flagged',
      current: {
        AD1: [
          { CHILD: '1', LS_ADOPTR: 'L2', SEX_ADOPTR: 'M1' },
          { CHILD: '2', LS_ADOPTR: 'L2', SEX_ADOPTR: '' },
        ],
      },
      expect: { AD1: [0, 1] },
    },
    {
      description: 'consistent combinations pass',
      current: {
        AD1: [
          { CHILD: '1', LS_ADOPTR: 'L2', SEX_ADOPTR: 'MF' },
          { CHILD: '2', LS_ADOPTR: 'L4', SEX_ADOPTR: 'M1' },
        ],
      },
      expect: {},
    },
  ],
});
