import { ACCOM_CODES } from '../code-lists.ts';
import { eachRow } from '../each-row.ts';
import { invalidCode } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/** 133 — ACCOM must be a letter and suitability digit (not S1 or X1) or 0 (a blank is flagged too). */
export const rule133: RuleDefinition = {
  code: '133',
  message:
    'Data entry for accommodation after leaving care is invalid. If reporting on a childs accommodation after leaving care the data entry must be valid',
  tables: ['OC3'],
  fields: ['ACCOM'],
  years: { from: 2023 },
  needsTables: ['OC3'],
  ...eachRow('OC3', invalidCode('ACCOM', ACCOM_CODES, { blankIsInvalid: true })),
  examples: [
    {
      description: 'values not in the code list are flagged ("S1", "01")',
      current: {
        OC3: [
          { CHILD: '1', ACCOM: 'S1' },
          { CHILD: '2', ACCOM: '01' },
        ],
      },
      expect: { OC3: [0, 1] },
    },
    {
      description: 'listed codes pass ("B1", "0")',
      current: {
        OC3: [
          { CHILD: '1', ACCOM: 'B1' },
          { CHILD: '2', ACCOM: '0' },
        ],
      },
      expect: {},
    },
  ],
};
