import { eachRow } from '../each-row.ts';
import type { RuleDefinition } from '../rule.ts';

/** 411 — a placement recorded as inside the authority must have the authority as its placement LA. */
export const rule411: RuleDefinition = {
  code: '411',
  message: 'Placement location code disagrees with LA of placement.',
  tables: ['Episodes'],
  fields: ['PL_LOCATION'],
  years: { from: 2023 },
  needs: ['postcodes', 'laCode'],
  needsTables: ['Episodes'],
  ...eachRow('Episodes', (e, ctx) => e.PL_LOCATION === 'IN' && e.PL_LA !== ctx.laCode),
  examples: [
    {
      description: 'IN with another authority is flagged',
      laCode: 'E09000001',
      current: { Episodes: [{ CHILD: '1', PL_LOCATION: 'IN', PL_LA: 'E09000002' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'IN with the own authority, and OUT or blank locations, pass',
      laCode: 'E09000001',
      current: {
        Episodes: [
          { CHILD: '1', PL_LOCATION: 'IN', PL_LA: 'E09000001' },
          { CHILD: '1', PL_LOCATION: 'OUT', PL_LA: 'E09000001' },
          { CHILD: '1', PL_LOCATION: '', PL_LA: 'E09000002' },
        ],
      },
      expect: {},
    },
  ],
};
