import type { RuleDefinition } from '../rule.ts';
import { childRows } from '../shared-200-399.ts';

/**
 * 207 — a child recorded as a mother (MOTHER = 1) last year must still be recorded as a mother this year.
 * Only children with an episode this year are checked.
 */
export const rule207: RuleDefinition = {
  code: '207',
  message: 'Mother status for the current year disagrees with the mother status already recorded for this child.',
  tables: ['Header'],
  fields: ['MOTHER'],
  years: { from: 2023 },
  needs: ['previous'],
  needsTables: ['Header', 'Episodes'],
  check: (ctx) => {
    const headerLastRows = childRows(ctx, 'Header', 'previous');
    const last = ctx.previous?.Header;
    if (!last) return {};
    const episodes = ctx.byChild('Episodes');
    const out: number[] = [];
    (ctx.current.Header ?? []).forEach((row, i) => {
      if (!episodes.has(row.CHILD)) return;
      const wasMother = headerLastRows(row.CHILD).some((j) => last[j]!.MOTHER === '1' && row.MOTHER !== '1');
      if (wasMother) out.push(i);
    });
    return { Header: out };
  },
  examples: [
    {
      description: 'a mother last year recorded as not a mother this year is flagged',
      current: { Header: [{ CHILD: '1', MOTHER: '0' }], Episodes: [{ CHILD: '1', DECOM: '2022-05-01' }] },
      previous: { Header: [{ CHILD: '1', MOTHER: '1' }] },
      expect: { Header: [0] },
    },
    {
      description: 'a mother in both years passes, and so does a child with no episode this year',
      current: {
        Header: [
          { CHILD: '1', MOTHER: '1' },
          { CHILD: '2', MOTHER: '' },
        ],
        Episodes: [{ CHILD: '1', DECOM: '2022-05-01' }],
      },
      previous: {
        Header: [
          { CHILD: '1', MOTHER: '1' },
          { CHILD: '2', MOTHER: '1' },
        ],
      },
      expect: {},
    },
  ],
};
