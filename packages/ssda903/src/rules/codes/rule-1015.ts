import type { RuleDefinition, RuleExample } from '../rule.ts';
import { rowRule } from '../shared-400-plus.ts';

const MESSAGE = 'Placement provider is own provision but child not placed in own LA.';
const FOSTER_OR_ADOPTION = ['A3', 'A4', 'A5', 'A6', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6'];

function definition(years: RuleDefinition['years'], exempt: ReadonlySet<string>, examples: RuleExample[]) {
  return rowRule({
    code: '1015',
    message: MESSAGE,
    table: 'Episodes',
    fields: ['PL_LA'],
    years,
    needs: ['postcodes', 'laCode'],
    fails: (e, ctx) =>
      e.PLACE_PROVIDER === 'PR1' &&
      e.LS !== '' &&
      e.PLACE !== '' &&
      e.LS !== 'V3' &&
      e.LS !== 'V4' &&
      !exempt.has(e.PLACE) &&
      e.PL_LA !== ctx.laCode,
    examples,
  });
}

const examples = (year: number): RuleExample[] => [
  {
    description: 'own provision in a children’s home in another LA is flagged',
    year,
    laCode: 'E09000001',
    current: { Episodes: [{ CHILD: '1', PLACE: 'K2', LS: 'C1', PLACE_PROVIDER: 'PR1', PL_LA: 'E09000002' }] },
    expect: { Episodes: [0] },
  },
  {
    description: 'own provision in the own LA, own foster care elsewhere, and short breaks pass',
    year,
    laCode: 'E09000001',
    current: {
      Episodes: [
        { CHILD: '1', PLACE: 'K2', LS: 'C1', PLACE_PROVIDER: 'PR1', PL_LA: 'E09000001' },
        { CHILD: '2', PLACE: 'U2', LS: 'C1', PLACE_PROVIDER: 'PR1', PL_LA: 'E09000002' },
        { CHILD: '3', PLACE: 'K2', LS: 'V3', PLACE_PROVIDER: 'PR1', PL_LA: 'E09000002' },
      ],
    },
    expect: {},
  },
];

/**
 * 1015 — own provision (PR1), other than fostering and adoption, is expected inside the authority.
 * (A later upstream commit also exempts K3 from 2025/26; it post-dates the snapshot Waypoint follows.)
 */
export const rule1015: RuleDefinition = definition({ from: 2023 }, new Set(FOSTER_OR_ADOPTION), examples(2024));
