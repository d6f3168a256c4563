import type { RuleDefinition } from '../rule.ts';
import { rowRule } from '../shared-400-plus.ts';

/** 547 — health promotion information (HEALTH_CHECK = 1) needs the immunisation, teeth, assessment and substance fields. */
export const rule547: RuleDefinition = rowRule({
  code: '547',
  message:
    'Any child who has health promotion information completed must also have immunisation, teeth check, health assessment and substance misuse problem identified fields completed.',
  table: 'OC2',
  fields: ['HEALTH_CHECK', 'IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE'],
  years: { from: 2023 },
  fails: (r) =>
    r.HEALTH_CHECK === '1' &&
    (r.IMMUNISATIONS === '' || r.TEETH_CHECK === '' || r.HEALTH_ASSESSMENT === '' || r.SUBSTANCE_MISUSE === ''),
  examples: [
    {
      description: 'HEALTH_CHECK 1 with a blank substance misuse field is flagged',
      current: {
        OC2: [
          {
            CHILD: '1',
            HEALTH_CHECK: '1',
            IMMUNISATIONS: '1',
            TEETH_CHECK: '1',
            HEALTH_ASSESSMENT: '0',
            SUBSTANCE_MISUSE: '',
          },
        ],
      },
      expect: { OC2: [0] },
    },
    {
      description: 'all fields filled, or HEALTH_CHECK 0, passes',
      current: {
        OC2: [
          {
            CHILD: '1',
            HEALTH_CHECK: '1',
            IMMUNISATIONS: '1',
            TEETH_CHECK: '1',
            HEALTH_ASSESSMENT: '0',
            SUBSTANCE_MISUSE: '0',
          },
          { CHILD: '2', HEALTH_CHECK: '0' },
        ],
      },
      expect: {},
    },
  ],
});
