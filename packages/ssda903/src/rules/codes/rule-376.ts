import type { RuleDefinition } from '../rule.ts';
import { placementLongerThan } from '../shared-200-399.ts';

/**
 * 376 — a temporary placement while the usual foster carers are on holiday (T3) must not last more than three weeks.
 * As in the reference, only ended episodes of children with a valid date of birth in Header are checked.
 */
export const rule376: RuleDefinition = {
  code: '376',
  message: 'Temporary placements coded as being due to holiday of usual foster carer(s) cannot exceed three weeks.',
  tables: ['Episodes'],
  fields: ['DECOM', 'PLACE'],
  years: { from: 2023 },
  needsTables: ['Episodes', 'Header'],
  check: (ctx) => ({ Episodes: placementLongerThan(ctx, 'T3', 21) }),
  examples: [
    {
      description: 'a T3 placement of 22 days is flagged',
      current: {
        Header: [{ CHILD: '1', DOB: '2010-01-01' }],
        Episodes: [{ CHILD: '1', DECOM: '2022-01-01', DEC: '2022-01-23', PLACE: 'T3' }],
      },
      expect: { Episodes: [0] },
    },
    {
      description: 'a T3 placement of 21 days, and an open one, pass',
      current: {
        Header: [{ CHILD: '1', DOB: '2010-01-01' }],
        Episodes: [
          { CHILD: '1', DECOM: '2022-01-01', DEC: '2022-01-22', PLACE: 'T3' },
          { CHILD: '1', DECOM: '2022-01-22', DEC: '', PLACE: 'T3' },
        ],
      },
      expect: {},
    },
  ],
};
