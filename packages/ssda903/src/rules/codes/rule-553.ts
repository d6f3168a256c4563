import type { RuleDefinition } from '../rule.ts';

/**
 * 553 — a child with a placement order (E1) needs a decision to place for adoption; while the E1 episode is open
 * that decision cannot have been reversed.
 */
export const rule553: RuleDefinition = {
  code: '553',
  message:
    'Placement order has been granted but there is no date of decision that the child should be placed for adoption.',
  tables: ['Episodes', 'PlacedAdoption'],
  fields: ['CHILD', 'DATE_PLACED', 'DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'],
  years: { from: 2023 },
  needsTables: ['Episodes', 'PlacedAdoption'],
  check: (ctx) => {
    const placed = ctx.current.PlacedAdoption ?? [];
    const byChild = ctx.byChild('PlacedAdoption');
    const episodes: number[] = [];
    const decisions = new Set<number>();
    (ctx.current.Episodes ?? []).forEach((e, i) => {
      if (e.LS !== 'E1') return;
      const rows = byChild.get(e.CHILD) ?? [];
      if (rows.length === 0) episodes.push(i);
      if (e.DEC !== '') return;
      for (const j of rows) {
        if (placed[j]!.DATE_PLACED_CEASED !== '' || placed[j]!.REASON_PLACED_CEASED !== '') decisions.add(j);
      }
    });
    return { Episodes: episodes, PlacedAdoption: [...decisions] };
  },
  examples: [
    {
      description: 'an E1 episode with no decision, and a reversed decision during an open E1 episode, are flagged',
      current: {
        Episodes: [
          { CHILD: '1', LS: 'E1', DEC: '' },
          { CHILD: '2', LS: 'E1', DEC: '' },
        ],
        PlacedAdoption: [
          { CHILD: '2', DATE_PLACED: '2020-06-01', DATE_PLACED_CEASED: '', REASON_PLACED_CEASED: 'RD1' },
        ],
      },
      expect: { Episodes: [0], PlacedAdoption: [0] },
    },
    {
      description:
        'an open E1 episode with a decision still in force passes; so does a reversal after the E1 episode ended',
      current: {
        Episodes: [
          { CHILD: '1', LS: 'E1', DEC: '' },
          { CHILD: '2', LS: 'E1', DEC: '2020-06-05' },
        ],
        PlacedAdoption: [
          { CHILD: '1', DATE_PLACED: '2020-06-01' },
          { CHILD: '2', DATE_PLACED: '2020-06-01', DATE_PLACED_CEASED: '2020-07-01', REASON_PLACED_CEASED: 'RD1' },
        ],
      },
      expect: {},
    },
  ],
};
