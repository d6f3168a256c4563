import type { RuleDefinition } from '../rule.ts';
import { validDate } from '../shared-400-plus.ts';

/** SW17STG2 (from 2025/26) — the child's most recent social worker episode is still open at 31 March. */
export const ruleSW17STG2: RuleDefinition = {
  code: 'SW17STG2',
  message: 'There is no social worker episode open at 31 March',
  tables: ['SWEpisodes'],
  fields: ['SW_DEC'],
  years: { from: 2026 },
  needsTables: ['SWEpisodes'],
  check: (ctx) => {
    const rows = ctx.current.SWEpisodes ?? [];
    const out: number[] = [];
    for (const list of ctx.byChild('SWEpisodes').values()) {
      // Most recent: latest valid start date (first row among ties); without any, the first row.
      let latest = list[0]!;
      for (const i of list) {
        const d = rows[i]!.SW_DECOM;
        const best = rows[latest]!.SW_DECOM;
        if (validDate(d) && (!validDate(best) || d > best)) latest = i;
      }
      if (rows[latest]!.SW_DEC !== '') out.push(latest);
    }
    return { SWEpisodes: out };
  },
  examples: [
    {
      description: 'a child whose latest social worker episode has ended is flagged',
      current: {
        SWEpisodes: [
          { CHILD: '2', SW_DECOM: '2000-01-01', SW_DEC: '2001-01-01' },
          { CHILD: '2', SW_DECOM: '2000-01-02', SW_DEC: '2001-01-01' },
        ],
      },
      expect: { SWEpisodes: [1] },
    },
    {
      description: 'an open latest episode passes',
      current: {
        SWEpisodes: [
          { CHILD: '1', SW_DECOM: '2001-01-01', SW_DEC: '' },
          { CHILD: '1', SW_DECOM: '2000-01-01', SW_DEC: '2001-01-01' },
        ],
      },
      expect: {},
    },
  ],
};
