import { NB_ADOPTR_CODES } from '../code-lists.ts';
import { eachRow } from '../each-row.ts';
import { invalidCode } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/** 175 — NB_ADOPTR, when given, must be 1 or 2. */
export const rule175: RuleDefinition = {
  code: '175',
  message: 'The number of adopter(s) code is not a valid code.',
  tables: ['AD1'],
  fields: ['NB_ADOPTR'],
  years: { from: 2023 },
  needsTables: ['AD1'],
  ...eachRow('AD1', invalidCode('NB_ADOPTR', NB_ADOPTR_CODES)),
  examples: [
    {
      description: 'values not in the code list are flagged ("0", "3")',
      current: {
        AD1: [
          { CHILD: '1', NB_ADOPTR: '0' },
          { CHILD: '2', NB_ADOPTR: '3' },
        ],
      },
      expect: { AD1: [0, 1] },
    },
    {
      description: 'listed codes pass ("1", "2")',
      current: {
        AD1: [
          { CHILD: '1', NB_ADOPTR: '1' },
          { CHILD: '2', NB_ADOPTR: '2' },
        ],
      },
      expect: {},
    },
  ],
};
