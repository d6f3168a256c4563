import { LS_CODES } from '../code-lists.ts';
import { eachRow } from '../each-row.ts';
import { invalidCode } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/** 144 — LS, when given, must be a DfE legal status code. */
export const rule144: RuleDefinition = {
  code: '144',
  message: 'The legal status code is not a valid code.',
  tables: ['Episodes'],
  fields: ['LS'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  ...eachRow('Episodes', invalidCode('LS', LS_CODES)),
  examples: [
    {
      description: 'values not in the code list are flagged ("SECTION 20", "C3")',
      current: {
        Episodes: [
          { CHILD: '1', LS: 'SECTION 20' },
          { CHILD: '2', LS: 'C3' },
        ],
      },
      expect: { Episodes: [0, 1] },
    },
    {
      description: 'listed codes pass ("C1", "V2")',
      current: {
        Episodes: [
          { CHILD: '1', LS: 'C1' },
          { CHILD: '2', LS: 'V2' },
        ],
      },
      expect: {},
    },
  ],
};
