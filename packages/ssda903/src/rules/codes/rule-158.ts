import { eachRow } from '../each-row.ts';
import type { RuleDefinition } from '../rule.ts';

/** 158 — when an intervention was received (INTERVENTION_RECEIVED 1), INTERVENTION_OFFERED must be blank. */
export const rule158: RuleDefinition = {
  code: '158',
  message:
    'If a child has been recorded as receiving an intervention for their substance misuse problem, then the additional item on whether an intervention was offered should be left blank.',
  tables: ['OC2'],
  fields: ['INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'],
  years: { from: 2023 },
  needsTables: ['OC2'],
  ...eachRow('OC2', (r) => r.INTERVENTION_RECEIVED === '1' && r.INTERVENTION_OFFERED !== ''),
  examples: [
    {
      description: 'received 1 with offered filled in is flagged',
      current: { OC2: [{ CHILD: '1', INTERVENTION_RECEIVED: '1', INTERVENTION_OFFERED: '0' }] },
      expect: { OC2: [0] },
    },
    {
      description: 'received 1 with offered blank, or received 0 with offered given, passes',
      current: {
        OC2: [
          { CHILD: '1', INTERVENTION_RECEIVED: '1', INTERVENTION_OFFERED: '' },
          { CHILD: '2', INTERVENTION_RECEIVED: '0', INTERVENTION_OFFERED: '1' },
        ],
      },
      expect: {},
    },
  ],
};
