import { REASON_PLACED_CEASED_CODES } from '../code-lists.ts';
import { eachRow } from '../each-row.ts';
import { invalidCode } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/** 120 — REASON_PLACED_CEASED, when given, must be RD1–RD4. */
export const rule120: RuleDefinition = {
  code: '120',
  message:
    'The reason for the reversal of the decision that the child should be placed for adoption code is not valid.',
  tables: ['PlacedAdoption'],
  fields: ['REASON_PLACED_CEASED'],
  years: { from: 2023 },
  needsTables: ['PlacedAdoption'],
  ...eachRow('PlacedAdoption', invalidCode('REASON_PLACED_CEASED', REASON_PLACED_CEASED_CODES)),
  examples: [
    {
      description: 'values not in the code list are flagged ("XXX", "RD0")',
      current: {
        PlacedAdoption: [
          { CHILD: '1', REASON_PLACED_CEASED: 'XXX' },
          { CHILD: '2', REASON_PLACED_CEASED: 'RD0' },
        ],
      },
      expect: { PlacedAdoption: [0, 1] },
    },
    {
      description: 'listed codes pass ("RD1", "")',
      current: {
        PlacedAdoption: [
          { CHILD: '1', REASON_PLACED_CEASED: 'RD1' },
          { CHILD: '2', REASON_PLACED_CEASED: '' },
        ],
      },
      expect: {},
    },
  ],
};
