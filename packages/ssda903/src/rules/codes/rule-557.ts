import type { RuleDefinition, RuleExample } from '../rule.ts';

const MESSAGE =
  'Child for whom the decision was made that they should be placed for adoption has left care but was not adopted and information on the decision that they should no longer be placed for adoption items has not been completed.';
const ADOPTION = new Set(['A3', 'A4', 'A5', 'A6']);

function definition(
  years: RuleDefinition['years'],
  orders: ReadonlySet<string>,
  examples: RuleExample[],
): RuleDefinition {
  return {
    code: '557',
    message: MESSAGE,
    tables: ['Episodes', 'PlacedAdoption'],
    fields: ['DATE_PLACED_CEASED', 'REASON_PLACED_CEASED', 'PLACE', 'LS', 'REC'],
    years,
    needsTables: ['Episodes', 'PlacedAdoption'],
    check: (ctx) => {
      const placed = ctx.current.PlacedAdoption ?? [];
      const byChild = ctx.byChild('PlacedAdoption');
      const flagged = { Episodes: [] as number[], PlacedAdoption: [] as number[] };
      (ctx.current.Episodes ?? []).forEach((e, i) => {
        const leftNotAdopted = e.REC !== '' && e.REC !== 'X1' && e.REC !== 'E11' && e.REC !== 'E12';
        if (!leftNotAdopted || !(ADOPTION.has(e.PLACE) || orders.has(e.LS))) return;
        const rows = byChild.get(e.CHILD) ?? [];
        if (rows.length === 0) flagged.Episodes.push(i);
        for (const j of rows) {
          if (placed[j]!.DATE_PLACED_CEASED === '' || placed[j]!.REASON_PLACED_CEASED === '') {
            flagged.Episodes.push(i);
            flagged.PlacedAdoption.push(j);
          }
        }
      });
      return flagged;
    },
    examples,
  };
}

const examples = (year: number, order: string): RuleExample[] => [
  {
    description: `leaving care from an ${order} episode without adoption, with the decision not reversed, flags both rows`,
    year,
    current: {
      Episodes: [
        { CHILD: '1', PLACE: 'U1', LS: order, REC: 'E4A' },
        { CHILD: '2', PLACE: 'A5', LS: 'C2', REC: 'E13' },
      ],
      PlacedAdoption: [{ CHILD: '1', DATE_PLACED: '2020-01-01', DATE_PLACED_CEASED: '', REASON_PLACED_CEASED: '' }],
    },
    expect: { Episodes: [0, 1], PlacedAdoption: [0] },
  },
  {
    description: 'adoption (E11), an X1 change, or a completed reversal pass',
    year,
    current: {
      Episodes: [
        { CHILD: '1', PLACE: 'A4', LS: order, REC: 'E11' },
        { CHILD: '2', PLACE: 'A4', LS: 'C2', REC: 'X1' },
        { CHILD: '3', PLACE: 'A4', LS: 'C2', REC: 'E4A' },
      ],
      PlacedAdoption: [
        { CHILD: '1', DATE_PLACED: '2020-01-01' },
        { CHILD: '3', DATE_PLACED: '2020-01-01', DATE_PLACED_CEASED: '2020-05-01', REASON_PLACED_CEASED: 'RD1' },
      ],
    },
    expect: {},
  },
];

/** 557 (to 2023/24) — a child with a placement/freeing order or an adoption placement who left care unadopted needs the decision reversed. */
export const rule557To2024: RuleDefinition = definition({ from: 2023, to: 2024 }, new Set(['D1', 'E1']), [
  ...examples(2024, 'D1'),
]);

/** 557 (from 2024/25) — as before; freeing orders (D1) no longer count. */
export const rule557: RuleDefinition = definition({ from: 2025 }, new Set(['E1']), [
  ...examples(2025, 'E1'),
  {
    description: 'a D1 episode no longer counts from 2024/25',
    year: 2025,
    current: { Episodes: [{ CHILD: '1', PLACE: 'U1', LS: 'D1', REC: 'E4A' }], PlacedAdoption: [] },
    expect: {},
  },
]);
