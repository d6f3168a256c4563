import { addYears } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';
import { validDate } from '../shared-400-plus.ts';

/** 580 — a child missing when care ends (at 18) must have REC E8 on that episode. */
export const rule580: RuleDefinition = {
  code: '580',
  message: 'Child is missing when cease being looked after but reason episode ceased not ‘E8’.',
  tables: ['Episodes'],
  fields: ['REC'],
  years: { from: 2023 },
  needsTables: ['Episodes', 'Missing'],
  check: (ctx) => {
    const episodes = ctx.current.Episodes ?? [];
    const episodesByChild = ctx.byChild('Episodes');
    const out: number[] = [];
    for (const m of ctx.current.Missing ?? []) {
      if (!validDate(m.DOB) || !validDate(m.MIS_END) || addYears(m.DOB, 18) !== m.MIS_END) continue;
      for (const j of episodesByChild.get(m.CHILD) ?? []) {
        const e = episodes[j]!;
        if (e.DEC === m.MIS_END && e.REC !== 'E8') out.push(j);
      }
    }
    return { Episodes: out };
  },
  examples: [
    {
      description: 'care ending on the 18th birthday while missing, with REC E7, is flagged',
      current: {
        Episodes: [{ CHILD: '1', DEC: '2020-06-01', REC: 'E7' }],
        Missing: [{ CHILD: '1', DOB: '2002-06-01', MISSING: 'M', MIS_END: '2020-06-01' }],
      },
      expect: { Episodes: [0] },
    },
    {
      description: 'the same with REC E8 passes',
      current: {
        Episodes: [{ CHILD: '1', DEC: '2020-06-05', REC: 'E8' }],
        Missing: [{ CHILD: '1', DOB: '2002-06-05', MISSING: 'M', MIS_END: '2020-06-05' }],
      },
      expect: {},
    },
  ],
};
