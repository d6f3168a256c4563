import type { RuleDefinition } from '../rule.ts';
import { placementLongerThan } from '../shared-200-399.ts';

/**
 * 375 — a temporary placement in hospital (T1) must not last more than six weeks (42 days).
 * As in the reference, only ended episodes of children with a valid date of birth in Header are checked.
 */
export const rule375: RuleDefinition = {
  code: '375',
  message: 'Hospitalisation coded as a temporary placement exceeds six weeks.',
  tables: ['Episodes'],
  fields: ['DECOM', 'PLACE'],
  years: { from: 2023 },
  needsTables: ['Episodes', 'Header'],
  check: (ctx) => ({ Episodes: placementLongerThan(ctx, 'T1', 42) }),
  examples: [
    {
      description: 'a T1 placement of 43 days is flagged',
      current: {
        Header: [{ CHILD: '1', DOB: '2010-01-01' }],
        Episodes: [{ CHILD: '1', DECOM: '2022-01-01', DEC: '2022-02-13', PLACE: 'T1' }],
      },
      expect: { Episodes: [0] },
    },
    {
      description: 'a T1 placement of 42 days, and an open one, pass',
      current: {
        Header: [{ CHILD: '1', DOB: '2010-01-01' }],
        Episodes: [
          { CHILD: '1', DECOM: '2022-01-01', DEC: '2022-02-12', PLACE: 'T1' },
          { CHILD: '1', DECOM: '2022-02-12', DEC: '', PLACE: 'T1' },
        ],
      },
      expect: {},
    },
  ],
};
