import type { RuleDefinition } from '../rule.ts';
import { placedUnderAge } from '../shared-200-399.ts';

/**
 * 371 (2023/24) — a child in semi-independent living not subject to children’s homes regulations (H5) must be
 * at least 16 when the placement starts.
 *
 * Deviation from the reference: the reference only checks episodes that have a valid end date (its shared
 * helper drops rows without DEC), so open placements are never flagged; Waypoint checks open ones too.
 */
export const rule371: RuleDefinition = {
  code: '371',
  message:
    'Child in semi-independent living accommodation not subject to children’s homes regulations should be at least 16.',
  tables: ['Episodes'],
  fields: ['DECOM', 'PLACE'],
  years: { from: 2024, to: 2024 },
  needsTables: ['Episodes', 'Header'],
  check: (ctx) => ({ Episodes: placedUnderAge(ctx, 'H5', 16) }),
  examples: [
    {
      description: 'a H5 placement starting the day before the child turned 16, and an open one, are flagged',
      current: {
        Header: [{ CHILD: '1', DOB: '2000-03-15' }],
        Episodes: [
          { CHILD: '1', DECOM: '2016-03-14', DEC: '2016-04-25', PLACE: 'H5' },
          { CHILD: '1', DECOM: '2016-01-01', DEC: '', PLACE: 'H5' },
        ],
      },
      expect: { Episodes: [0, 1] },
    },
    {
      description: 'a H5 placement starting on the birthday, and another placement type, pass',
      current: {
        Header: [{ CHILD: '1', DOB: '2000-03-15' }],
        Episodes: [
          { CHILD: '1', DECOM: '2016-03-15', DEC: '2016-04-25', PLACE: 'H5' },
          { CHILD: '1', DECOM: '2016-03-14', DEC: '2016-04-25', PLACE: 'U1' },
        ],
      },
      expect: {},
    },
  ],
};

/**
 * 371 (from 2024/25) — a child in supported accommodation (K3) must be at least 16 when the placement
 * starts.
 *
 * Deviation from the reference: the reference only checks episodes that have a valid end date (its shared
 * helper drops rows without DEC), so open placements are never flagged; Waypoint checks open ones too.
 */
export const rule371From2025: RuleDefinition = {
  code: '371',
  message: 'Child in supported accomodation not subject to children’s homes regulations should be at least 16.',
  tables: ['Episodes'],
  fields: ['DECOM', 'PLACE'],
  years: { from: 2025 },
  needsTables: ['Episodes', 'Header'],
  check: (ctx) => ({ Episodes: placedUnderAge(ctx, 'K3', 16) }),
  examples: [
    {
      description: 'a K3 placement starting the day before the child turned 16, and an open one, are flagged',
      current: {
        Header: [{ CHILD: '1', DOB: '2000-03-15' }],
        Episodes: [
          { CHILD: '1', DECOM: '2016-03-14', DEC: '2016-04-25', PLACE: 'K3' },
          { CHILD: '1', DECOM: '2016-01-01', DEC: '', PLACE: 'K3' },
        ],
      },
      expect: { Episodes: [0, 1] },
    },
    {
      description: 'a K3 placement starting on the birthday, and another placement type, pass',
      current: {
        Header: [{ CHILD: '1', DOB: '2000-03-15' }],
        Episodes: [
          { CHILD: '1', DECOM: '2016-03-15', DEC: '2016-04-25', PLACE: 'K3' },
          { CHILD: '1', DECOM: '2016-03-14', DEC: '2016-04-25', PLACE: 'U1' },
        ],
      },
      expect: {},
    },
  ],
};
