import type { RuleDefinition } from '../rule.ts';
import { legalStatusPeriodsLongerThan } from '../shared-200-399.ts';

/**
 * 363 — a child assessment order (LS L3) cannot last more than 7 days: the lengths of a child's L3 episodes
 * that follow on from each other are added up, and every episode of a period over 7 days is flagged.
 *
 * Deviation from the reference: the reference means to sort episodes by child and DECOM but discards the
 * sorted result, so it chains L3 episodes in file order; Waypoint chains them in DECOM order.
 */
export const rule363: RuleDefinition = {
  code: '363',
  message: 'Child assessment order (CAO) lasted longer than 7 days allowed in the Children Act 1989.',
  tables: ['Episodes'],
  fields: ['LS', 'DECOM', 'DEC'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  check: (ctx) => ({ Episodes: legalStatusPeriodsLongerThan(ctx, 'L3', 7) }),
  examples: [
    {
      description: 'L3 episodes of 2 and 6 days that follow on are both flagged; an open L3 episode too',
      year: 2023,
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2000-01-03', DEC: '2000-01-09', LS: 'L3' },
          { CHILD: '1', DECOM: '2000-01-01', DEC: '2000-01-03', LS: 'L3' },
          { CHILD: '2', DECOM: '2023-01-25', DEC: '', LS: 'L3' },
        ],
      },
      expect: { Episodes: [0, 1, 2] },
    },
    {
      description: 'L3 periods of 6 days separated by a gap pass',
      year: 2023,
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2002-01-01', DEC: '2002-01-07', LS: 'L3' },
          { CHILD: '1', DECOM: '2002-01-11', DEC: '2002-01-17', LS: 'L3' },
        ],
      },
      expect: {},
    },
  ],
};
