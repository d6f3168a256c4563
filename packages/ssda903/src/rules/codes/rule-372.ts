import type { RuleDefinition } from '../rule.ts';
import { placedUnderAge } from '../shared-200-399.ts';

/**
 * 372 — a child in a young offender institution or prison (R5) must be at least 10 when the placement starts.
 *
 * Deviation from the reference: the reference only checks episodes that have a valid end date (its shared
 * helper drops rows without DEC), so open placements are never flagged; Waypoint checks open ones too.
 */
export const rule372: RuleDefinition = {
  code: '372',
  message: 'Child in youth custody or prison should be at least 10.',
  tables: ['Episodes'],
  fields: ['DECOM', 'PLACE'],
  years: { from: 2023 },
  needsTables: ['Episodes', 'Header'],
  check: (ctx) => ({ Episodes: placedUnderAge(ctx, 'R5', 10) }),
  examples: [
    {
      description: 'a R5 placement starting the day before the child turned 10, and an open one, are flagged',
      current: {
        Header: [{ CHILD: '1', DOB: '2000-03-15' }],
        Episodes: [
          { CHILD: '1', DECOM: '2010-03-14', DEC: '2010-04-25', PLACE: 'R5' },
          { CHILD: '1', DECOM: '2010-01-01', DEC: '', PLACE: 'R5' },
        ],
      },
      expect: { Episodes: [0, 1] },
    },
    {
      description: 'a R5 placement starting on the birthday, and another placement type, pass',
      current: {
        Header: [{ CHILD: '1', DOB: '2000-03-15' }],
        Episodes: [
          { CHILD: '1', DECOM: '2010-03-15', DEC: '2010-04-25', PLACE: 'R5' },
          { CHILD: '1', DECOM: '2010-03-14', DEC: '2010-04-25', PLACE: 'U1' },
        ],
      },
      expect: {},
    },
  ],
};
