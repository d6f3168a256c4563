import { isDate } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';
import { childRows } from '../shared-200-399.ts';

/**
 * 210 — UPN code UN4 checked against the last week of the year. The logic follows the DfE rule text as the
 * reference implements it ("if UPN = UN4 then no episode DECOM must be >= 24/03/YYYY"): each episode of a UN4
 * child starting on or after 24 March of the collection end year is flagged, with the child's Header row.
 */
export const rule210: RuleDefinition = {
  code: '210',
  message:
    'Children looked after for more than a week at 31 March should not have an unknown Unique Pupil Number (UPN) code of UN4.',
  tables: ['Header', 'Episodes'],
  fields: ['UPN', 'DECOM'],
  years: { from: 2023 },
  needsTables: ['Header', 'Episodes'],
  check: (ctx) => {
    const headerRows = childRows(ctx, 'Header');
    const header = ctx.current.Header ?? [];
    const reference = `${ctx.year}-03-24`;
    const out = { Episodes: [] as number[], Header: [] as number[] };
    (ctx.current.Episodes ?? []).forEach((episode, i) => {
      if (!isDate(episode.DECOM) || episode.DECOM < reference) return;
      const un4 = headerRows(episode.CHILD).filter((h) => header[h]!.UPN === 'UN4');
      if (un4.length === 0) return;
      out.Episodes.push(i);
      out.Header.push(...un4);
    });
    return out;
  },
  examples: [
    {
      description: 'a UN4 child with an episode starting on 25 March is flagged',
      year: 2024,
      current: {
        Header: [{ CHILD: '1', UPN: 'UN4' }],
        Episodes: [
          { CHILD: '1', DECOM: '2024-01-22' },
          { CHILD: '1', DECOM: '2024-03-25' },
        ],
      },
      expect: { Episodes: [1], Header: [0] },
    },
    {
      description: 'a UN4 child whose episodes started before 24 March, and a UN3 child, pass',
      year: 2024,
      current: {
        Header: [
          { CHILD: '1', UPN: 'UN4' },
          { CHILD: '2', UPN: 'UN3' },
        ],
        Episodes: [
          { CHILD: '1', DECOM: '2024-03-23' },
          { CHILD: '2', DECOM: '2024-03-30' },
        ],
      },
      expect: {},
    },
  ],
};
