import { eachRow } from '../each-row.ts';
import type { RuleDefinition } from '../rule.ts';

/** 420 — short-break episodes (V3/V4) carry no placement LA. */
export const rule420: RuleDefinition = {
  code: '420',
  message: 'LA of placement completed but child is looked after under legal status V3 or V4.',
  tables: ['Episodes'],
  fields: ['PL_LA'],
  years: { from: 2023 },
  needs: ['postcodes'],
  needsTables: ['Episodes'],
  ...eachRow('Episodes', (e) => (e.LS === 'V3' || e.LS === 'V4') && e.PL_LA !== ''),
  examples: [
    {
      description: 'a V3 episode with a placement LA is flagged',
      current: { Episodes: [{ CHILD: '1', LS: 'V3', PL_LA: 'E09000001' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'V4 without LA and C2 with LA pass',
      current: {
        Episodes: [
          { CHILD: '1', LS: 'V4', PL_LA: '' },
          { CHILD: '2', LS: 'C2', PL_LA: 'NIR' },
        ],
      },
      expect: {},
    },
  ],
};
