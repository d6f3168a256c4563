import type { RuleDefinition } from '../rule.ts';
import { rowRule } from '../shared-400-plus.ts';

/** 517 — an unmarried different-sex couple (L3) must be recorded as MF. */
export const rule517: RuleDefinition = rowRule({
  code: '517',
  message:
    'If reporting legal status of adopters is L3 then the genders of adopters should be coded as MF. MF = the adopting couple are male and female.',
  table: 'AD1',
  fields: ['LS_ADOPTR', 'SEX_ADOPTR'],
  years: { from: 2023 },
  fails: (r) => r.LS_ADOPTR === 'L3' && r.SEX_ADOPTR !== 'MF',
  examples: [
    {
      description: 'the combinations that contradict each other are flagged',
      current: {
        AD1: [
          { CHILD: '1', LS_ADOPTR: 'L3', SEX_ADOPTR: 'MM' },
          { CHILD: '2', LS_ADOPTR: 'L3', SEX_ADOPTR: '' },
        ],
      },
      expect: { AD1: [0, 1] },
    },
    {
      description: 'consistent combinations pass',
      current: {
        AD1: [
          { CHILD: '1', LS_ADOPTR: 'L3', SEX_ADOPTR: 'MF' },
          { CHILD: '2', LS_ADOPTR: 'L4', SEX_ADOPTR: 'FF' },
        ],
      },
      expect: {},
    },
  ],
});
