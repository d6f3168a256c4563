import type { RuleDefinition } from '../rule.ts';
import { placedUnderAge } from '../shared-200-399.ts';

/**
 * 374 — a child in residential employment (P3) must be at least 14 when the placement starts.
 *
 * Deviation from the reference: the reference only checks episodes that have a valid end date (its shared
 * helper drops rows without DEC), so open placements are never flagged; Waypoint checks open ones too.
 */
export const rule374: RuleDefinition = {
  code: '374',
  message: 'Child in residential employment should be at least 14 years old.',
  tables: ['Episodes'],
  fields: ['DECOM', 'PLACE'],
  years: { from: 2023 },
  needsTables: ['Episodes', 'Header'],
  check: (ctx) => ({ Episodes: placedUnderAge(ctx, 'P3', 14) }),
  examples: [
    {
      description: 'a P3 placement starting the day before the child turned 14, and an open one, are flagged',
      current: {
        Header: [{ CHILD: '1', DOB: '2000-03-15' }],
        Episodes: [
          { CHILD: '1', DECOM: '2014-03-14', DEC: '2014-04-25', PLACE: 'P3' },
          { CHILD: '1', DECOM: '2014-01-01', DEC: '', PLACE: 'P3' },
        ],
      },
      expect: { Episodes: [0, 1] },
    },
    {
      description: 'a P3 placement starting on the birthday, and another placement type, pass',
      current: {
        Header: [{ CHILD: '1', DOB: '2000-03-15' }],
        Episodes: [
          { CHILD: '1', DECOM: '2014-03-15', DEC: '2014-04-25', PLACE: 'P3' },
          { CHILD: '1', DECOM: '2014-03-14', DEC: '2014-04-25', PLACE: 'U1' },
        ],
      },
      expect: {},
    },
  ],
};
