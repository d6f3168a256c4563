import { isDate } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';
import { childRows } from '../shared-200-399.ts';
import { firstEpisodeByChild } from '../shared-400-plus.ts';

/** 302 — a child's first episode (earliest DECOM) must not start before the date of birth. */
export const rule302: RuleDefinition = {
  code: '302',
  message: 'First episode starts before child was born.',
  tables: ['Episodes', 'Header'],
  fields: ['DECOM', 'DOB'],
  years: { from: 2023 },
  needsTables: ['Header', 'Episodes'],
  check: (ctx) => {
    const headerRows = childRows(ctx, 'Header');
    const episodes = ctx.current.Episodes ?? [];
    const header = ctx.current.Header ?? [];
    const out = { Episodes: [] as number[], Header: [] as number[] };
    for (const [child, first] of firstEpisodeByChild(ctx)) {
      const decom = episodes[first]!.DECOM;
      const born = headerRows(child).filter((h) => isDate(header[h]!.DOB) && header[h]!.DOB > decom);
      if (born.length === 0) continue;
      out.Episodes.push(first);
      out.Header.push(...born);
    }
    return out;
  },
  examples: [
    {
      description: 'a first episode starting a year before the birth date is flagged in both tables',
      current: {
        Header: [{ CHILD: '1', DOB: '2020-12-31' }],
        Episodes: [
          { CHILD: '1', DECOM: '2021-03-01' },
          { CHILD: '1', DECOM: '2020-01-01' },
        ],
      },
      expect: { Episodes: [1], Header: [0] },
    },
    {
      description: 'a first episode starting on the day of birth passes',
      current: {
        Header: [{ CHILD: '1', DOB: '2021-03-16' }],
        Episodes: [{ CHILD: '1', DECOM: '2021-03-16' }],
      },
      expect: {},
    },
  ],
};
