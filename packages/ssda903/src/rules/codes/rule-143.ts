import { RNE_CODES } from '../code-lists.ts';
import { eachRow } from '../each-row.ts';
import { invalidCode } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/** 143 — RNE, when given, must be S, L, P, T, B or U. */
export const rule143: RuleDefinition = {
  code: '143',
  message: 'The reason for new episode code is not a valid code.',
  tables: ['Episodes'],
  fields: ['RNE'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  ...eachRow('Episodes', invalidCode('RNE', RNE_CODES)),
  examples: [
    {
      description: 'values not in the code list are flagged ("SP", "A")',
      current: {
        Episodes: [
          { CHILD: '1', RNE: 'SP' },
          { CHILD: '2', RNE: 'A' },
        ],
      },
      expect: { Episodes: [0, 1] },
    },
    {
      description: 'listed codes pass ("S", "B")',
      current: {
        Episodes: [
          { CHILD: '1', RNE: 'S' },
          { CHILD: '2', RNE: 'B' },
        ],
      },
      expect: {},
    },
  ],
};
