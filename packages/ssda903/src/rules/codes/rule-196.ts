import { SDQ_REASON_CODES } from '../code-lists.ts';
import { eachRow } from '../each-row.ts';
import { invalidCode } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/** 196 — SDQ_REASON, when given, must be SDQ1–SDQ5. */
export const rule196: RuleDefinition = {
  code: '196',
  message: 'Strengths and Difficulties (SDQ) reason is not a valid code.',
  tables: ['OC2'],
  fields: ['SDQ_REASON'],
  years: { from: 2023 },
  needsTables: ['OC2'],
  ...eachRow('OC2', invalidCode('SDQ_REASON', SDQ_REASON_CODES)),
  examples: [
    {
      description: 'values not in the code list are flagged ("SDQ6", "SDQ")',
      current: {
        OC2: [
          { CHILD: '1', SDQ_REASON: 'SDQ6' },
          { CHILD: '2', SDQ_REASON: 'SDQ' },
        ],
      },
      expect: { OC2: [0, 1] },
    },
    {
      description: 'listed codes pass ("SDQ1", "SDQ5")',
      current: {
        OC2: [
          { CHILD: '1', SDQ_REASON: 'SDQ1' },
          { CHILD: '2', SDQ_REASON: 'SDQ5' },
        ],
      },
      expect: {},
    },
  ],
};
