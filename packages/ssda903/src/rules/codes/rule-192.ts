import { eachRow } from '../each-row.ts';
import type { RuleDefinition } from '../rule.ts';

/** 192 — a child with a substance misuse problem needs INTERVENTION_RECEIVED. */
export const rule192: RuleDefinition = {
  code: '192',
  message:
    'Child has been identified as having a substance misuse problem but the additional item on whether an intervention was received has been left blank.',
  tables: ['OC2'],
  fields: ['SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED'],
  years: { from: 2023 },
  needsTables: ['OC2'],
  ...eachRow('OC2', (r) => r.SUBSTANCE_MISUSE === '1' && r.INTERVENTION_RECEIVED === ''),
  examples: [
    {
      description: 'misuse 1 with no intervention item is flagged',
      current: { OC2: [{ CHILD: '1', SUBSTANCE_MISUSE: '1' }] },
      expect: { OC2: [0] },
    },
    {
      description: 'misuse 1 with INTERVENTION_RECEIVED 0 passes',
      current: { OC2: [{ CHILD: '1', SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '0' }] },
      expect: {},
    },
  ],
};
