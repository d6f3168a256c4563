import type { RuleDefinition } from '../rule.ts';
import { rowRule } from '../shared-400-plus.ts';

/** 520 — a married different-sex couple (L11) must be recorded as MF. */
export const rule520: RuleDefinition = rowRule({
  code: '520',
  message:
    'Data entry on the legal status of adopters shows different gender married couple but data entry on genders of adopters shows it as a same gender couple.',
  table: 'AD1',
  fields: ['LS_ADOPTR', 'SEX_ADOPTR'],
  years: { from: 2023 },
  fails: (r) => r.LS_ADOPTR === 'L11' && r.SEX_ADOPTR !== 'MF',
  examples: [
    {
      description: 'the combinations that contradict each other are flagged',
      current: {
        AD1: [
          { CHILD: '1', LS_ADOPTR: 'L11', SEX_ADOPTR: 'MM' },
          { CHILD: '2', LS_ADOPTR: 'L11', SEX_ADOPTR: 'FF' },
        ],
      },
      expect: { AD1: [0, 1] },
    },
    {
      description: 'consistent combinations pass',
      current: {
        AD1: [
          { CHILD: '1', LS_ADOPTR: 'L11', SEX_ADOPTR: 'MF' },
          { CHILD: '2', LS_ADOPTR: 'L12', SEX_ADOPTR: 'FF' },
        ],
      },
      expect: {},
    },
  ],
});
