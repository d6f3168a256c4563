import type { RuleDefinition } from '../rule.ts';
import { placementLongerThan } from '../shared-200-399.ts';

/**
 * 379 — a temporary placement for any other reason (T4) must not last more than seven days.
 * As in the reference, only ended episodes of children with a valid date of birth in Header are checked.
 */
export const rule379: RuleDefinition = {
  code: '379',
  message: 'Temporary placements for unspecified reason (placement code T4) cannot exceed seven days.',
  tables: ['Episodes'],
  fields: ['DECOM', 'PLACE'],
  years: { from: 2023 },
  needsTables: ['Episodes', 'Header'],
  check: (ctx) => ({ Episodes: placementLongerThan(ctx, 'T4', 7) }),
  examples: [
    {
      description: 'a T4 placement of 8 days is flagged',
      current: {
        Header: [{ CHILD: '1', DOB: '2010-01-01' }],
        Episodes: [{ CHILD: '1', DECOM: '2022-01-01', DEC: '2022-01-09', PLACE: 'T4' }],
      },
      expect: { Episodes: [0] },
    },
    {
      description: 'a T4 placement of 7 days, and an open one, pass',
      current: {
        Header: [{ CHILD: '1', DOB: '2010-01-01' }],
        Episodes: [
          { CHILD: '1', DECOM: '2022-01-01', DEC: '2022-01-08', PLACE: 'T4' },
          { CHILD: '1', DECOM: '2022-01-08', DEC: '', PLACE: 'T4' },
        ],
      },
      expect: {},
    },
  ],
};
