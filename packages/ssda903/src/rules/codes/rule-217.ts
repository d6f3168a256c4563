import { eachRow } from '../each-row.ts';
import { isDate } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

const FOSTER_CARER_ADOPTION = new Set(['A3', 'A5']);
const ALLOWED_RNE = new Set(['S', 'T', 'U']);

/**
 * 217 — a placement for adoption with current foster carers (A3/A5) starting on or after 1 April 2015 must
 * have RNE S, T or U.
 */
export const rule217: RuleDefinition = {
  code: '217',
  message:
    'Children who are placed for adoption with current foster carers (placement types A3 or A5) must have a reason for new episode of S, T or U.',
  tables: ['Episodes'],
  fields: ['PLACE', 'DECOM', 'RNE'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  ...eachRow(
    'Episodes',
    (e) => FOSTER_CARER_ADOPTION.has(e.PLACE) && isDate(e.DECOM) && e.DECOM >= '2015-04-01' && !ALLOWED_RNE.has(e.RNE),
  ),
  examples: [
    {
      description: 'an A5 placement starting with RNE P is flagged',
      current: { Episodes: [{ CHILD: '1', PLACE: 'A5', DECOM: '2022-01-01', RNE: 'P' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'an A3 placement with RNE T, and an A3 placement before April 2015, pass',
      current: {
        Episodes: [
          { CHILD: '1', PLACE: 'A3', DECOM: '2022-01-01', RNE: 'T' },
          { CHILD: '2', PLACE: 'A3', DECOM: '2015-03-31', RNE: 'P' },
        ],
      },
      expect: {},
    },
  ],
};
