import type { RuleDefinition } from '../rule.ts';
import { rowRule } from '../shared-400-plus.ts';

/** 514 — a single adopter (LS_ADOPTR L0) must be recorded as M1 or F1. */
export const rule514: RuleDefinition = rowRule({
  code: '514',
  message:
    'Data entry on the legal status of adopters shows a single adopter but data entry for the numbers of adopters shows it as a couple.',
  table: 'AD1',
  fields: ['LS_ADOPTR', 'SEX_ADOPTR'],
  years: { from: 2023 },
  fails: (r) => r.LS_ADOPTR === 'L0' && r.SEX_ADOPTR !== 'M1' && r.SEX_ADOPTR !== 'F1',
  examples: [
    {
      description: 'the combinations that contradict each other are flagged',
      current: {
        AD1: [
          { CHILD: '1', LS_ADOPTR: 'L0', SEX_ADOPTR: 'MM' },
          { CHILD: '2', LS_ADOPTR: 'L0', SEX_ADOPTR: '' },
        ],
      },
      expect: { AD1: [0, 1] },
    },
    {
      description: 'consistent combinations pass',
      current: {
        AD1: [
          { CHILD: '1', LS_ADOPTR: 'L0', SEX_ADOPTR: 'M1' },
          { CHILD: '2', LS_ADOPTR: '', SEX_ADOPTR: '' },
        ],
      },
      expect: {},
    },
  ],
});
