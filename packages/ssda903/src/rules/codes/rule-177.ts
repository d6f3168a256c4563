import { LS_ADOPTR_CODES } from '../code-lists.ts';
import { eachRow } from '../each-row.ts';
import { invalidCode } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/** 177 — LS_ADOPTR, when given, must be L0, L11, L12, L2, L3 or L4. */
export const rule177: RuleDefinition = {
  code: '177',
  message: 'The legal status of adopter(s) code is not a valid code.',
  tables: ['AD1'],
  fields: ['LS_ADOPTR'],
  years: { from: 2023 },
  needsTables: ['AD1'],
  ...eachRow('AD1', invalidCode('LS_ADOPTR', LS_ADOPTR_CODES)),
  examples: [
    {
      description: 'values not in the code list are flagged ("L1", "L5")',
      current: {
        AD1: [
          { CHILD: '1', LS_ADOPTR: 'L1' },
          { CHILD: '2', LS_ADOPTR: 'L5' },
        ],
      },
      expect: { AD1: [0, 1] },
    },
    {
      description: 'listed codes pass ("L0", "L11")',
      current: {
        AD1: [
          { CHILD: '1', LS_ADOPTR: 'L0' },
          { CHILD: '2', LS_ADOPTR: 'L11' },
        ],
      },
      expect: {},
    },
  ],
};
