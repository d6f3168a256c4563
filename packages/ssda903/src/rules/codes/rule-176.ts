import { SEX_ADOPTR_CODES } from '../code-lists.ts';
import { eachRow } from '../each-row.ts';
import { invalidCode } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/** 176 — SEX_ADOPTR, when given, must be M1, F1, MM, FF or MF. */
export const rule176: RuleDefinition = {
  code: '176',
  message: 'The gender of adopter(s) at the date of adoption code is not a valid code.',
  tables: ['AD1'],
  fields: ['SEX_ADOPTR'],
  years: { from: 2023 },
  needsTables: ['AD1'],
  ...eachRow('AD1', invalidCode('SEX_ADOPTR', SEX_ADOPTR_CODES)),
  examples: [
    {
      description: 'values not in the code list are flagged ("M", "1")',
      current: {
        AD1: [
          { CHILD: '1', SEX_ADOPTR: 'M' },
          { CHILD: '2', SEX_ADOPTR: '1' },
        ],
      },
      expect: { AD1: [0, 1] },
    },
    {
      description: 'listed codes pass ("M1", "MF")',
      current: {
        AD1: [
          { CHILD: '1', SEX_ADOPTR: 'M1' },
          { CHILD: '2', SEX_ADOPTR: 'MF' },
        ],
      },
      expect: {},
    },
  ],
};
