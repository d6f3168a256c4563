import type { RuleDefinition } from '../rule.ts';
import { placedUnderAge } from '../shared-200-399.ts';

/**
 * 370 (2023/24 only) — a child in independent living (P2) must be at least 16 when the placement starts.
 *
 * Deviation from the reference: the reference only checks episodes that have a valid end date (its shared
 * helper drops rows without DEC), so open placements are never flagged; Waypoint checks open ones too.
 */
export const rule370: RuleDefinition = {
  code: '370',
  message: 'Child in independent living should be at least 16.',
  tables: ['Episodes'],
  fields: ['DECOM', 'PLACE'],
  years: { from: 2024, to: 2024 },
  needsTables: ['Episodes', 'Header'],
  check: (ctx) => ({ Episodes: placedUnderAge(ctx, 'P2', 16) }),
  examples: [
    {
      description: 'a P2 placement starting the day before the child turned 16, and an open one, are flagged',
      current: {
        Header: [{ CHILD: '1', DOB: '2000-03-15' }],
        Episodes: [
          { CHILD: '1', DECOM: '2016-03-14', DEC: '2016-04-25', PLACE: 'P2' },
          { CHILD: '1', DECOM: '2016-01-01', DEC: '', PLACE: 'P2' },
        ],
      },
      expect: { Episodes: [0, 1] },
    },
    {
      description: 'a P2 placement starting on the birthday, and another placement type, pass',
      current: {
        Header: [{ CHILD: '1', DOB: '2000-03-15' }],
        Episodes: [
          { CHILD: '1', DECOM: '2016-03-15', DEC: '2016-04-25', PLACE: 'P2' },
          { CHILD: '1', DECOM: '2016-03-14', DEC: '2016-04-25', PLACE: 'U1' },
        ],
      },
      expect: {},
    },
  ],
};
