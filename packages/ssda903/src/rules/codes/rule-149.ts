import { REC_CODES } from '../code-lists.ts';
import { eachRow } from '../each-row.ts';
import { invalidCode } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/** 149 — REC, when given, must be a DfE reason-ceased code. */
export const rule149: RuleDefinition = {
  code: '149',
  message: 'Reason episode ceased code is not valid.',
  tables: ['Episodes'],
  fields: ['REC'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  ...eachRow('Episodes', invalidCode('REC', REC_CODES)),
  examples: [
    {
      description: 'values not in the code list are flagged ("E4", "E99")',
      current: {
        Episodes: [
          { CHILD: '1', REC: 'E4' },
          { CHILD: '2', REC: 'E99' },
        ],
      },
      expect: { Episodes: [0, 1] },
    },
    {
      description: 'listed codes pass ("E4A", "X1")',
      current: {
        Episodes: [
          { CHILD: '1', REC: 'E4A' },
          { CHILD: '2', REC: 'X1' },
        ],
      },
      expect: {},
    },
  ],
};
