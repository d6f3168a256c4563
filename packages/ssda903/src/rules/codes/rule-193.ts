import { eachRow } from '../each-row.ts';
import type { RuleDefinition } from '../rule.ts';

/** 193 — without a substance misuse problem (0 or blank), the intervention items must be blank. */
export const rule193: RuleDefinition = {
  code: '193',
  message:
    'Child not identified as having a substance misuse problem but at least one of the two additional items on whether an intervention were offered and received have been completed.',
  tables: ['OC2'],
  fields: ['SUBSTANCE_MISUSE', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'],
  years: { from: 2023 },
  needsTables: ['OC2'],
  ...eachRow(
    'OC2',
    (r) =>
      (r.SUBSTANCE_MISUSE === '' || r.SUBSTANCE_MISUSE === '0') &&
      (r.INTERVENTION_RECEIVED !== '' || r.INTERVENTION_OFFERED !== ''),
  ),
  examples: [
    {
      description: 'an intervention item for a child without a misuse problem is flagged',
      current: {
        OC2: [
          { CHILD: '1', SUBSTANCE_MISUSE: '0', INTERVENTION_RECEIVED: '0' },
          { CHILD: '2', SUBSTANCE_MISUSE: '', INTERVENTION_OFFERED: '1' },
        ],
      },
      expect: { OC2: [0, 1] },
    },
    {
      description: 'intervention items with misuse 1, and no items with misuse 0, pass',
      current: {
        OC2: [
          { CHILD: '1', SUBSTANCE_MISUSE: '1', INTERVENTION_RECEIVED: '1' },
          { CHILD: '2', SUBSTANCE_MISUSE: '0' },
        ],
      },
      expect: {},
    },
  ],
};
