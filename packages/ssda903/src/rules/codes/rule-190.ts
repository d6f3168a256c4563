import { continuouslyLookedAfter, flagRows } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';
import { CLA_EPISODES } from './cla-example.ts';

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

/** 190 — OC2 items are only for children looked after continuously for 12 months at 31 March. */
export const rule190: RuleDefinition = {
  code: '190',
  message:
    'Child has not been looked after continuously for at least 12 months at 31 March but one or more data items relating to children looked after for 12 months have been completed.',
  tables: ['OC2'],
  fields: FIELDS,
  years: { from: 2023 },
  needsTables: ['OC2', 'Episodes'],
  check: (ctx) => {
    const cla = continuouslyLookedAfter(ctx);
    return { OC2: flagRows(ctx.current.OC2, (r) => !cla.has(r.CHILD) && FIELDS.some((f) => r[f] !== '')) };
  },
  examples: [
    {
      description: 'OC2 items for a child who came into care in the year are flagged',
      year: 2026,
      current: { Episodes: CLA_EPISODES, OC2: [{ CHILD: 'B', IMMUNISATIONS: '1' }] },
      expect: { OC2: [0] },
    },
    {
      description: 'OC2 items for a child looked after all year, and a blank row, pass',
      year: 2026,
      current: { Episodes: CLA_EPISODES, OC2: [{ CHILD: 'A', IMMUNISATIONS: '1' }, { CHILD: 'B' }] },
      expect: {},
    },
  ],
};
