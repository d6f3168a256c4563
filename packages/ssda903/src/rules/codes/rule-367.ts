import { isDate } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';
import { daysFrom, earlierDate, laterDate } from '../shared-200-399.ts';

/**
 * 367 — short breaks (LS V3) must total no more than 75 days in the collection year. Each V3 episode is cut to
 * the year (open episodes run to the year end); every V3 episode with days in the year is flagged for a child
 * whose total exceeds 75.
 */
export const rule367: RuleDefinition = {
  code: '367',
  message: 'The maximum amount of respite care allowable is 75 days in any 12-month period.',
  tables: ['Episodes'],
  fields: ['LS', 'DECOM', 'DEC'],
  years: { from: 2023 },
  needsTables: ['Episodes'],
  check: (ctx) => {
    const episodes = ctx.current.Episodes ?? [];
    const byChild = new Map<string, { rows: number[]; total: number }>();
    episodes.forEach((e, i) => {
      if (e.LS !== 'V3' || !isDate(e.DECOM)) return;
      let end: string;
      if (e.DEC === '') end = ctx.collectionEnd;
      else if (!isDate(e.DEC)) return;
      else end = earlierDate(e.DEC, ctx.collectionEnd);
      const start = laterDate(e.DECOM, ctx.collectionStart);
      const days = daysFrom(start, end);
      if (days <= 0) return;
      const entry = byChild.get(e.CHILD) ?? { rows: [], total: 0 };
      entry.rows.push(i);
      entry.total += days;
      byChild.set(e.CHILD, entry);
    });
    const out: number[] = [];
    for (const { rows, total } of byChild.values()) if (total > 75) out.push(...rows);
    return { Episodes: out };
  },
  examples: [
    {
      description: 'V3 breaks of 30, 30 and 31 days in the year are all flagged',
      year: 2024,
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2023-04-01', DEC: '2023-05-01', LS: 'V3' },
          { CHILD: '1', DECOM: '2023-06-01', DEC: '2023-07-01', LS: 'V3' },
          { CHILD: '1', DECOM: '2023-07-01', DEC: '2023-08-01', LS: 'V3' },
        ],
      },
      expect: { Episodes: [0, 1, 2] },
    },
    {
      description: 'a break mostly before the year counts only its days in the year, so 61 days pass',
      year: 2024,
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2023-01-01', DEC: '2023-05-01', LS: 'V3' },
          { CHILD: '1', DECOM: '2023-06-01', DEC: '2023-07-01', LS: 'V3' },
        ],
      },
      expect: {},
    },
  ],
};
