import { ACTIV_CODES } from '../code-lists.ts';
import { eachRow } from '../each-row.ts';
import { invalidCode } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/** 132 — ACTIV must be a valid code; F3/P3 are pre-2019 codes (a blank is flagged too). */
export const rule132: RuleDefinition = {
  code: '132',
  message: 'Data entry for activity after leaving care is invalid.',
  tables: ['OC3'],
  fields: ['ACTIV'],
  years: { from: 2023 },
  needsTables: ['OC3'],
  ...eachRow('OC3', invalidCode('ACTIV', ACTIV_CODES, { blankIsInvalid: true })),
  examples: [
    {
      description: 'values not in the code list are flagged ("F3", "")',
      current: {
        OC3: [
          { CHILD: '1', ACTIV: 'F3' },
          { CHILD: '2', ACTIV: '' },
        ],
      },
      expect: { OC3: [0, 1] },
    },
    {
      description: 'listed codes pass ("F1", "0")',
      current: {
        OC3: [
          { CHILD: '1', ACTIV: 'F1' },
          { CHILD: '2', ACTIV: '0' },
        ],
      },
      expect: {},
    },
  ],
};
