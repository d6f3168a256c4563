import type { RuleDefinition } from '../rule.ts';
import { rowRule } from '../shared-400-plus.ts';

/** 511 — two adopters cannot be recorded as a single male (M1) or single female (F1). */
export const rule511: RuleDefinition = rowRule({
  code: '511',
  message:
    'If reporting that the number of person(s) adopting the looked after child is two adopters then the code should only be MM, FF or MF. MM = the adopting couple are both males; FF = the adopting couple are both females; MF = The adopting couple are male and female.',
  table: 'AD1',
  fields: ['NB_ADOPTR', 'SEX_ADOPTR'],
  years: { from: 2023 },
  fails: (r) => r.NB_ADOPTR === '2' && (r.SEX_ADOPTR === 'M1' || r.SEX_ADOPTR === 'F1'),
  examples: [
    {
      description: 'the combinations that contradict each other are flagged',
      current: {
        AD1: [
          { CHILD: '1', NB_ADOPTR: '2', SEX_ADOPTR: 'M1' },
          { CHILD: '2', NB_ADOPTR: '2', SEX_ADOPTR: 'F1' },
        ],
      },
      expect: { AD1: [0, 1] },
    },
    {
      description: 'consistent combinations pass',
      current: {
        AD1: [
          { CHILD: '1', NB_ADOPTR: '2', SEX_ADOPTR: 'MF' },
          { CHILD: '2', NB_ADOPTR: '1', SEX_ADOPTR: 'F1' },
          { CHILD: '3', NB_ADOPTR: '2', SEX_ADOPTR: '' },
        ],
      },
      expect: {},
    },
  ],
});
