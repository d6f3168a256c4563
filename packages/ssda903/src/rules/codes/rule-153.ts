import { eachRow } from '../each-row.ts';
import type { RuleDefinition } from '../rule.ts';

/** 153 — IN_TOUCH, ACTIV and ACCOM are all given or all blank. */
export const rule153: RuleDefinition = {
  code: '153',
  message:
    "All data items relating to a child's activity or accommodation after leaving care must be coded or left blank.",
  tables: ['OC3'],
  fields: ['IN_TOUCH', 'ACTIV', 'ACCOM'],
  years: { from: 2023 },
  needsTables: ['OC3'],
  ...eachRow('OC3', (r) => {
    const filled = [r.IN_TOUCH, r.ACTIV, r.ACCOM].filter((v) => v !== '').length;
    return filled > 0 && filled < 3;
  }),
  examples: [
    {
      description: 'a row with only IN_TOUCH given is flagged',
      current: { OC3: [{ CHILD: '1', IN_TOUCH: 'YES' }] },
      expect: { OC3: [0] },
    },
    {
      description: 'all given or all blank pass',
      current: { OC3: [{ CHILD: '1', IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' }, { CHILD: '2' }] },
      expect: {},
    },
  ],
};
