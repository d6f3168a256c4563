import { eachRow } from '../each-row.ts';
import type { RuleDefinition } from '../rule.ts';

/**
 * 179 — the placement location (PL_LOCATION, IN or OUT of the authority, derived from PL_POST) must be known
 * for every episode except V3/V4 short breaks. Needs the postcode reference, like 169.
 */
export const rule179: RuleDefinition = {
  code: '179',
  message: 'Placement location code is not a valid code.',
  tables: ['Episodes'],
  fields: ['PL_LOCATION'],
  years: { from: 2023 },
  needs: ['postcodes'],
  needsTables: ['Episodes'],
  ...eachRow('Episodes', (e) => e.LS !== 'V3' && e.LS !== 'V4' && e.PL_LOCATION !== 'IN' && e.PL_LOCATION !== 'OUT'),
  examples: [
    {
      description: 'an episode whose location could not be derived is flagged',
      current: { Episodes: [{ CHILD: '1', LS: 'C2', PL_LOCATION: '' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'IN and OUT pass; short breaks are not checked',
      current: {
        Episodes: [
          { CHILD: '1', LS: 'C2', PL_LOCATION: 'IN' },
          { CHILD: '2', LS: 'C2', PL_LOCATION: 'OUT' },
          { CHILD: '3', LS: 'V4', PL_LOCATION: '' },
        ],
      },
      expect: {},
    },
  ],
};
