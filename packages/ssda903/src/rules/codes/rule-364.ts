import type { RuleDefinition } from '../rule.ts';
import { legalStatusPeriodsLongerThan } from '../shared-200-399.ts';

/**
 * 364 — PACE detention in LA accommodation (LS J2) is limited: the lengths of a child's J2 episodes that follow
 * on from each other are added up, and every episode of a period over 21 days is flagged.
 *
 * Deviation from the reference: the reference means to sort episodes by child and DECOM but discards the
 * sorted result, so it chains J2 episodes in file order; Waypoint chains them in DECOM order.
 */
export const rule364: RuleDefinition = {
  code: '364',
  message:
    'Sections 41-46 of Police and Criminal Evidence (PACE; 1984) severely limits the time a child can be detained in custody in Local Authority (LA) accommodation.',
  tables: ['Episodes'],
  fields: ['LS', 'DECOM', 'DEC'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  check: (ctx) => ({ Episodes: legalStatusPeriodsLongerThan(ctx, 'J2', 21) }),
  examples: [
    {
      description: 'J2 episodes of 9 and 13 days that follow on are both flagged',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2022-01-01', DEC: '2022-01-10', LS: 'J2' },
          { CHILD: '1', DECOM: '2022-01-10', DEC: '2022-01-23', LS: 'J2' },
        ],
      },
      expect: { Episodes: [0, 1] },
    },
    {
      description: 'J2 episodes of 9 and 14 days separated by another status pass',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2022-01-01', DEC: '2022-01-10', LS: 'J2' },
          { CHILD: '1', DECOM: '2022-01-10', DEC: '2022-01-11', LS: 'C1' },
          { CHILD: '1', DECOM: '2022-01-11', DEC: '2022-01-25', LS: 'J2' },
        ],
      },
      expect: {},
    },
  ],
};
