import type { RuleDefinition } from '../rule.ts';
import { legalStatusRunsLongerThan } from '../shared-200-399.ts';

/**
 * 361 — police protection (LS L1) cannot last more than 72 hours: a run of consecutive L1 episodes spanning
 * more than 3 days (open or unreadable ends count to the collection end) is flagged.
 */
export const rule361: RuleDefinition = {
  code: '361',
  message: 'Police protection legal status lasted longer than maximum 72 hours allowed in the Children Act 1989.',
  tables: ['Episodes'],
  fields: ['DECOM', 'LS', 'DEC'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  check: (ctx) => ({ Episodes: legalStatusRunsLongerThan(ctx, 'L1', 3) }),
  examples: [
    {
      description: 'two consecutive L1 episodes spanning four days are both flagged, as is an open L1 episode',
      year: 2023,
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2020-06-06', DEC: '2020-06-08', LS: 'L1' },
          { CHILD: '1', DECOM: '2020-06-08', DEC: '2020-06-10', LS: 'L1' },
          { CHILD: '2', DECOM: '2023-03-15', DEC: '', LS: 'L1' },
        ],
      },
      expect: { Episodes: [0, 1, 2] },
    },
    {
      description: 'L1 spells of three days or less, separated by another legal status, pass',
      year: 2023,
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2020-06-01', DEC: '2020-06-04', LS: 'L1' },
          { CHILD: '1', DECOM: '2020-06-04', DEC: '2020-06-05', LS: 'C1' },
          { CHILD: '1', DECOM: '2020-06-05', DEC: '2020-06-07', LS: 'L1' },
        ],
      },
      expect: {},
    },
  ],
};
