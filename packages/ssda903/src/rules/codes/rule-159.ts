import { eachRow } from '../each-row.ts';
import type { RuleDefinition } from '../rule.ts';

/** 159 — a child with a substance misuse problem who received no intervention needs INTERVENTION_OFFERED. */
export const rule159: RuleDefinition = {
  code: '159',
  message:
    'If a child has been recorded as not receiving an intervention for their substance misuse problem, then the additional item on whether an intervention was offered should be completed as well.',
  tables: ['OC2'],
  fields: ['SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'],
  years: { from: 2023 },
  needsTables: ['OC2'],
  ...eachRow(
    'OC2',
    (r) => r.SUBSTANCE_MISUSE === '1' && r.INTERVENTION_RECEIVED === '0' && r.INTERVENTION_OFFERED === '',
  ),
  examples: [
    {
      description: 'misuse 1, received 0, offered blank is flagged',
      current: { OC2: [{ CHILD: '1', SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '0' }] },
      expect: { OC2: [0] },
    },
    {
      description: 'offered given, or an intervention received, passes',
      current: {
        OC2: [
          { CHILD: '1', SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '0', INTERVENTION_OFFERED: '1' },
          { CHILD: '2', SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '1' },
        ],
      },
      expect: {},
    },
  ],
};
