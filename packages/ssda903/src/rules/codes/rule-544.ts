import type { RuleDefinition } from '../rule.ts';
import { rowRule } from '../shared-400-plus.ts';

/** 544 — conviction information (CONVICTED = 1) needs the immunisation, teeth, health assessment and substance fields. */
export const rule544: RuleDefinition = rowRule({
  code: '544',
  message:
    'Any child who has conviction information completed must also have immunisation, teeth check, health assessment and substance misuse problem identified fields completed.',
  table: 'OC2',
  fields: ['CONVICTED', 'IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE'],
  years: { from: 2023 },
  fails: (r) =>
    r.CONVICTED === '1' &&
    (r.IMMUNISATIONS === '' || r.TEETH_CHECK === '' || r.HEALTH_ASSESSMENT === '' || r.SUBSTANCE_MISUSE === ''),
  examples: [
    {
      description: 'CONVICTED 1 with a blank teeth check is flagged',
      current: {
        OC2: [
          {
            CHILD: '1',
            CONVICTED: '1',
            IMMUNISATIONS: '1',
            TEETH_CHECK: '',
            HEALTH_ASSESSMENT: '1',
            SUBSTANCE_MISUSE: '0',
          },
        ],
      },
      expect: { OC2: [0] },
    },
    {
      description: 'all fields filled, or CONVICTED 0, passes',
      current: {
        OC2: [
          {
            CHILD: '1',
            CONVICTED: '1',
            IMMUNISATIONS: '1',
            TEETH_CHECK: '1',
            HEALTH_ASSESSMENT: '1',
            SUBSTANCE_MISUSE: '0',
          },
          { CHILD: '2', CONVICTED: '0' },
        ],
      },
      expect: {},
    },
  ],
});
