import { eachRow } from '../each-row.ts';
import type { RuleDefinition } from '../rule.ts';

const REQUIRED = ['IMMUNISATIONS', 'TEETH_CHECK', 'HEALTH_ASSESSMENT', 'SUBSTANCE_MISUSE'] as const;
const OTHERS = ['CONVICTED', 'HEALTH_CHECK', 'INTERVENTION_RECEIVED', 'INTERVENTION_OFFERED'] as const;

/**
 * 182 — if any OC2 item is given, IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT and SUBSTANCE_MISUSE must all
 * be given (otherwise every OC2 item should be blank).
 */
export const rule182: RuleDefinition = {
  code: '182',
  message:
    'Data entries on immunisations, teeth checks, health assessments and substance misuse problem identified should be completed or all OC2 fields should be left blank.',
  tables: ['OC2'],
  fields: [...REQUIRED, ...OTHERS],
  years: { from: 2023 },
  needsTables: ['OC2'],
  ...eachRow('OC2', (r) => REQUIRED.some((f) => r[f] === '') && OTHERS.some((f) => r[f] !== '')),
  examples: [
    {
      description: 'CONVICTED given while TEETH_CHECK is blank is flagged',
      current: {
        OC2: [{ CHILD: '1', CONVICTED: '1', IMMUNISATIONS: '1', HEALTH_ASSESSMENT: '1', SUBSTANCE_MISUSE: '0' }],
      },
      expect: { OC2: [0] },
    },
    {
      description: 'all four given, or everything blank, passes',
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
          { CHILD: '2' },
        ],
      },
      expect: {},
    },
  ],
};
