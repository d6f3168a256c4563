import { eachRow } from '../each-row.ts';
import type { RuleDefinition } from '../rule.ts';

/** 345 — a care leaver the authority is in touch with (IN_TOUCH YES) must not have activity or accommodation 0. */
export const rule345: RuleDefinition = {
  code: '345',
  message:
    'The data collection record shows the local authority is in touch with this young person, but activity and/or accommodation data items are zero.',
  tables: ['OC3'],
  fields: ['IN_TOUCH', 'ACTIV', 'ACCOM'],
  years: { from: 2023 },
  needsTables: ['OC3'],
  ...eachRow('OC3', (o) => o.IN_TOUCH === 'YES' && (o.ACTIV === '0' || o.ACCOM === '0')),
  examples: [
    {
      description: 'YES with accommodation 0 is flagged',
      current: { OC3: [{ CHILD: '1', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: '0' }] },
      expect: { OC3: [0] },
    },
    {
      description: 'YES with codes, and NO with zeros, pass',
      current: {
        OC3: [
          { CHILD: '1', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' },
          { CHILD: '2', IN_TOUCH: 'NO', ACTIV: '0', ACCOM: '0' },
        ],
      },
      expect: {},
    },
  ],
};
