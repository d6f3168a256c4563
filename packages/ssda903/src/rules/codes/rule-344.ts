import { eachRow } from '../each-row.ts';
import type { RuleDefinition } from '../rule.ts';

/**
 * 344 — a care leaver who has died or returned home (IN_TOUCH DIED or RHOM) must have activity and
 * accommodation coded 0; anything else, blank included, is flagged.
 */
export const rule344: RuleDefinition = {
  code: '344',
  message:
    'The record shows the young person has died or returned home to live with parent(s) or someone with parental responsibility for a continuous period of 6 months or more, but activity and/or accommodation on leaving care have been completed.',
  tables: ['OC3'],
  fields: ['IN_TOUCH', 'ACTIV', 'ACCOM'],
  years: { from: 2023 },
  needsTables: ['OC3'],
  ...eachRow('OC3', (o) => (o.IN_TOUCH === 'DIED' || o.IN_TOUCH === 'RHOM') && (o.ACTIV !== '0' || o.ACCOM !== '0')),
  examples: [
    {
      description: 'DIED with an activity, and RHOM with accommodation blank, are flagged',
      current: {
        OC3: [
          { CHILD: '1', IN_TOUCH: 'DIED', ACTIV: 'F1', ACCOM: '0' },
          { CHILD: '2', IN_TOUCH: 'RHOM', ACTIV: '0', ACCOM: '' },
        ],
      },
      expect: { OC3: [0, 1] },
    },
    {
      description: 'DIED with 0 for both, and YES with codes, pass',
      current: {
        OC3: [
          { CHILD: '1', IN_TOUCH: 'DIED', ACTIV: '0', ACCOM: '0' },
          { CHILD: '2', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' },
        ],
      },
      expect: {},
    },
  ],
};
