import { FOSTER_CARE_CODES } from '../code-lists.ts';
import { eachRow } from '../each-row.ts';
import { invalidCode } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/** 114 — FOSTER_CARE, when given, must be 0 or 1. */
export const rule114: RuleDefinition = {
  code: '114',
  message: 'Data entry to record the status of former carer(s) of an adopted child is invalid.',
  tables: ['AD1'],
  fields: ['FOSTER_CARE'],
  years: { from: 2023 },
  needsTables: ['AD1'],
  ...eachRow('AD1', invalidCode('FOSTER_CARE', FOSTER_CARE_CODES)),
  examples: [
    {
      description: 'values not in the code list are flagged ("2", "YES")',
      current: {
        AD1: [
          { CHILD: '1', FOSTER_CARE: '2' },
          { CHILD: '2', FOSTER_CARE: 'YES' },
        ],
      },
      expect: { AD1: [0, 1] },
    },
    {
      description: 'listed codes pass ("0", "")',
      current: {
        AD1: [
          { CHILD: '1', FOSTER_CARE: '0' },
          { CHILD: '2', FOSTER_CARE: '' },
        ],
      },
      expect: {},
    },
  ],
};
