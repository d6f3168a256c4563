import { CIN_CODES } from '../code-lists.ts';
import { eachRow } from '../each-row.ts';
import { invalidCode } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/** 145 — CIN, when given, must be N1–N8. */
export const rule145: RuleDefinition = {
  code: '145',
  message: 'Category of need code is not a valid code.',
  tables: ['Episodes'],
  fields: ['CIN'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  ...eachRow('Episodes', invalidCode('CIN', CIN_CODES)),
  examples: [
    {
      description: 'values not in the code list are flagged ("N0", "N9")',
      current: {
        Episodes: [
          { CHILD: '1', CIN: 'N0' },
          { CHILD: '2', CIN: 'N9' },
        ],
      },
      expect: { Episodes: [0, 1] },
    },
    {
      description: 'listed codes pass ("N1", "N8")',
      current: {
        Episodes: [
          { CHILD: '1', CIN: 'N1' },
          { CHILD: '2', CIN: 'N8' },
        ],
      },
      expect: {},
    },
  ],
};
