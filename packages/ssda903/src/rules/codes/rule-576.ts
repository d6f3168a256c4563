import type { RuleDefinition } from '../rule.ts';
import { validDate } from '../shared-400-plus.ts';

/** 576 — a missing period open at the end of last year must be this year's first missing period (same start). */
export const rule576: RuleDefinition = {
  code: '576',
  message:
    'There is an open missing/away from placement without authorisation period in last year’s return and there is no corresponding period recorded at the start of this year.',
  tables: ['Missing'],
  fields: ['CHILD'],
  years: { from: 2023 },
  needs: ['previous'],
  needsTables: ['Missing'],
  check: (ctx) => {
    const missing = ctx.current.Missing ?? [];
    const openLastYear = new Map<string, string[]>();
    for (const m of ctx.previous?.Missing ?? []) {
      if (m.MIS_END !== '' || !validDate(m.MIS_START)) continue;
      const list = openLastYear.get(m.CHILD);
      if (list) list.push(m.MIS_START);
      else openLastYear.set(m.CHILD, [m.MIS_START]);
    }
    const out: number[] = [];
    for (const [child, list] of ctx.byChild('Missing')) {
      const starts = openLastYear.get(child);
      if (!starts) continue;
      // This year's first period: earliest start (an unknown start counts as 2099-01-01), first row among ties.
      let first = list[0]!;
      const startOf = (i: number) => (validDate(missing[i]!.MIS_START) ? missing[i]!.MIS_START : '2099-01-01');
      for (const i of list) if (startOf(i) < startOf(first)) first = i;
      const start = validDate(missing[first]!.MIS_START) ? missing[first]!.MIS_START : null;
      if (starts.some((s) => s !== start)) out.push(first);
    }
    return { Missing: out };
  },
  examples: [
    {
      description: 'a first period starting on another date than last year’s open period is flagged',
      current: { Missing: [{ CHILD: '1', MIS_START: '2020-02-08' }] },
      previous: { Missing: [{ CHILD: '1', MIS_START: '2020-02-07', MIS_END: '' }] },
      expect: { Missing: [0] },
    },
    {
      description: 'the same start, or a closed period last year, passes',
      current: {
        Missing: [
          { CHILD: '1', MIS_START: '2020-02-07' },
          { CHILD: '2', MIS_START: '2020-03-07' },
        ],
      },
      previous: {
        Missing: [
          { CHILD: '1', MIS_START: '2020-02-07', MIS_END: '' },
          { CHILD: '2', MIS_START: '2020-02-03', MIS_END: '2020-02-07' },
        ],
      },
      expect: {},
    },
  ],
};
