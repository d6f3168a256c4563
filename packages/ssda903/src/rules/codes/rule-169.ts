import { eachRow } from '../each-row.ts';
import type { RuleDefinition } from '../rule.ts';

/**
 * 169 — the placement's local authority (PL_LA, derived from PL_POST) must be known for every episode except
 * V3/V4 short breaks. Needs the postcode reference: without it PL_LA cannot be derived and the rule does not run.
 */
export const rule169: RuleDefinition = {
  code: '169',
  message:
    'Local Authority (LA) of placement is not valid or is missing. Please check a valid postcode has been entered.',
  tables: ['Episodes'],
  fields: ['PL_LA'],
  years: { from: 2023 },
  needs: ['postcodes'],
  needsTables: ['Episodes'],
  ...eachRow('Episodes', (e) => e.PL_LA === '' && e.LS !== 'V3' && e.LS !== 'V4'),
  examples: [
    {
      description: 'an episode whose placement postcode was not found is flagged',
      current: { Episodes: [{ CHILD: '1', LS: 'C2', PL_POST: 'Q6 7TT', PL_LA: '' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'a known PL_LA passes; short breaks are not checked',
      current: {
        Episodes: [
          { CHILD: '1', LS: 'C2', PL_LA: 'E09000027' },
          { CHILD: '2', LS: 'V3', PL_LA: '' },
        ],
      },
      expect: {},
    },
  ],
};
