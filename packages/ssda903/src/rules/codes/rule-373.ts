import type { RuleDefinition } from '../rule.ts';
import { placedUnderAge } from '../shared-200-399.ts';

/**
 * 373 — a child placed in a residential school (S1) must be at least 4 when the placement starts.
 *
 * Deviation from the reference: the reference only checks episodes that have a valid end date (its shared
 * helper drops rows without DEC), so open placements are never flagged; Waypoint checks open ones too.
 */
export const rule373: RuleDefinition = {
  code: '373',
  message: 'Child placed in a school should be at least 4 years old.',
  tables: ['Episodes'],
  fields: ['DECOM', 'PLACE'],
  years: { from: 2023 },
  needsTables: ['Episodes', 'Header'],
  check: (ctx) => ({ Episodes: placedUnderAge(ctx, 'S1', 4) }),
  examples: [
    {
      description: 'a S1 placement starting the day before the child turned 4, and an open one, are flagged',
      current: {
        Header: [{ CHILD: '1', DOB: '2000-03-15' }],
        Episodes: [
          { CHILD: '1', DECOM: '2004-03-14', DEC: '2004-04-25', PLACE: 'S1' },
          { CHILD: '1', DECOM: '2004-01-01', DEC: '', PLACE: 'S1' },
        ],
      },
      expect: { Episodes: [0, 1] },
    },
    {
      description: 'a S1 placement starting on the birthday, and another placement type, pass',
      current: {
        Header: [{ CHILD: '1', DOB: '2000-03-15' }],
        Episodes: [
          { CHILD: '1', DECOM: '2004-03-15', DEC: '2004-04-25', PLACE: 'S1' },
          { CHILD: '1', DECOM: '2004-03-14', DEC: '2004-04-25', PLACE: 'U1' },
        ],
      },
      expect: {},
    },
  ],
};
