import { IN_TOUCH_CODES } from '../code-lists.ts';
import { eachRow } from '../each-row.ts';
import { invalidCode } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/** 131 — IN_TOUCH must be a valid code (a blank is flagged too, as the sector's validator does). */
export const rule131: RuleDefinition = {
  code: '131',
  message: 'Data entry for being in touch after leaving care is invalid.',
  tables: ['OC3'],
  fields: ['IN_TOUCH'],
  years: { from: 2023 },
  needsTables: ['OC3'],
  ...eachRow('OC3', invalidCode('IN_TOUCH', IN_TOUCH_CODES, { blankIsInvalid: true })),
  examples: [
    {
      description: 'values not in the code list are flagged ("REFUSE", "")',
      current: {
        OC3: [
          { CHILD: '1', IN_TOUCH: 'REFUSE' },
          { CHILD: '2', IN_TOUCH: '' },
        ],
      },
      expect: { OC3: [0, 1] },
    },
    {
      description: 'listed codes pass ("YES", "RHOM")',
      current: {
        OC3: [
          { CHILD: '1', IN_TOUCH: 'YES' },
          { CHILD: '2', IN_TOUCH: 'RHOM' },
        ],
      },
      expect: {},
    },
  ],
};
