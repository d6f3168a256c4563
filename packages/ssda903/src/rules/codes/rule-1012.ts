import type { TableName } from '../../tables.ts';
import type { RuleDefinition, RuleFlags } from '../rule.ts';

const CHECKED: readonly TableName[] = ['PlacedAdoption', 'Missing', 'Reviews', 'AD1', 'PrevPerm', 'OC2'];

/** 1012 — children with no episodes this year (care leavers) have no rows in the other child-level tables. */
export const rule1012: RuleDefinition = {
  code: '1012',
  message: 'No other data should be returned for OC3 children who had no episodes in the current year',
  tables: CHECKED,
  fields: ['CHILD'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  check: (ctx) => {
    const withEpisodes = ctx.byChild('Episodes');
    const flags: RuleFlags = {};
    for (const table of CHECKED) {
      const rows = ctx.current[table] as ReadonlyArray<{ CHILD: string }> | undefined;
      if (!rows) continue;
      const out: number[] = [];
      rows.forEach((r, i) => {
        if (!withEpisodes.has(r.CHILD)) out.push(i);
      });
      flags[table] = out;
    }
    return flags;
  },
  examples: [
    {
      description: 'rows in Missing and OC2 for a child without episodes are flagged',
      current: {
        Episodes: [{ CHILD: '1' }],
        Missing: [{ CHILD: '1' }, { CHILD: '2' }],
        OC2: [{ CHILD: '2' }],
      },
      expect: { Missing: [1], OC2: [0] },
    },
    {
      description: 'rows for children with episodes pass',
      current: { Episodes: [{ CHILD: '1' }], Reviews: [{ CHILD: '1' }], AD1: [{ CHILD: '1' }] },
      expect: {},
    },
  ],
};
