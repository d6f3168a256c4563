import type { RuleDefinition } from '../rule.ts';
import { legalStatusRunsLongerThan } from '../shared-200-399.ts';

/**
 * 362 — an emergency protection order (LS L2) cannot last more than 21 days: a run of consecutive L2 episodes
 * spanning more than 21 days (open or unreadable ends count to the collection end) is flagged.
 */
export const rule362: RuleDefinition = {
  code: '362',
  message: 'Emergency protection order (EPO) lasted longer than 21 days',
  tables: ['Episodes'],
  fields: ['DECOM', 'LS', 'DEC'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  check: (ctx) => ({ Episodes: legalStatusRunsLongerThan(ctx, 'L2', 21) }),
  examples: [
    {
      description: 'consecutive L2 episodes spanning a month are both flagged',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2022-09-08', DEC: '2022-09-20', LS: 'L2' },
          { CHILD: '1', DECOM: '2022-09-20', DEC: '2022-10-09', LS: 'L2' },
        ],
      },
      expect: { Episodes: [0, 1] },
    },
    {
      description: 'an L2 episode of exactly 21 days passes',
      current: { Episodes: [{ CHILD: '1', DECOM: '2022-06-01', DEC: '2022-06-22', LS: 'L2' }] },
      expect: {},
    },
  ],
};
