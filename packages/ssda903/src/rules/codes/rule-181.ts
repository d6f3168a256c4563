import { eachRow } from '../each-row.ts';
import type { RuleDefinition } from '../rule.ts';

const FIELDS = [
  'CONVICTED',
  'HEALTH_CHECK',
  'IMMUNISATIONS',
  'TEETH_CHECK',
  'HEALTH_ASSESSMENT',
  'SUBSTANCE_MISUSE',
  'INTERVENTION_RECEIVED',
  'INTERVENTION_OFFERED',
] as const;

/** 181 — each OC2 flag, when given, must be 0 or 1. */
export const rule181: RuleDefinition = {
  code: '181',
  message: 'Data items relating to children looked after continuously for 12 months should be completed with a 0 or 1.',
  tables: ['OC2'],
  fields: FIELDS,
  years: { from: 2023 },
  needsTables: ['OC2'],
  ...eachRow('OC2', (r) => FIELDS.some((f) => r[f] !== '' && r[f] !== '0' && r[f] !== '1')),
  examples: [
    {
      description: 'a 2 in any flag is flagged',
      current: { OC2: [{ CHILD: '1', CONVICTED: '0', TEETH_CHECK: '2' }] },
      expect: { OC2: [0] },
    },
    {
      description: '0, 1 and blanks pass',
      current: { OC2: [{ CHILD: '1', CONVICTED: '0', TEETH_CHECK: '1', IMMUNISATIONS: '' }] },
      expect: {},
    },
  ],
};
