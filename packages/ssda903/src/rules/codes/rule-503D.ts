import type { RuleDefinition, RuleExample } from '../rule.ts';
import { firstEpisodeDiffersFromOpenLast } from '../shared-400-plus.ts';

const MESSAGE = 'The placement type in the first episode does not match open episode at end of last year';
const Z1_REPLACEMENTS = new Set(['Z11', 'Z12', 'Z13', 'Z14']);

function definition(
  years: RuleDefinition['years'],
  allowed: (now: string, before: string) => boolean,
  examples: RuleExample[],
): RuleDefinition {
  return {
    code: '503D',
    message: MESSAGE,
    tables: ['Episodes'],
    fields: ['PLACE'],
    years,
    needs: ['previous'],
    needsTables: ['Episodes'],
    check: (ctx) => ({
      Episodes: firstEpisodeDiffersFromOpenLast(
        ctx,
        (first, last) => first.PLACE !== last.PLACE && !allowed(first.PLACE, last.PLACE),
      ),
    }),
    examples,
  };
}

const sameExamples = (year: number, allowedNow: string, allowedBefore: string): RuleExample[] => [
  {
    description: 'a first episode with another placement type than last year’s open episode is flagged',
    year,
    current: { Episodes: [{ CHILD: '1', DECOM: '2023-06-01', PLACE: 'U1' }] },
    previous: { Episodes: [{ CHILD: '1', DECOM: '2022-06-01', DEC: '', PLACE: 'U4' }] },
    expect: { Episodes: [0] },
  },
  {
    description: `the same placement type, or the allowed move ${allowedBefore}→${allowedNow}, passes`,
    year,
    current: {
      Episodes: [
        { CHILD: '1', DECOM: '2023-06-01', PLACE: 'U1' },
        { CHILD: '2', DECOM: '2023-06-01', PLACE: allowedNow },
      ],
    },
    previous: {
      Episodes: [
        { CHILD: '1', DECOM: '2022-06-01', DEC: '', PLACE: 'U1' },
        { CHILD: '2', DECOM: '2022-06-01', DEC: '', PLACE: allowedBefore },
      ],
    },
    expect: {},
  },
];

/** 503D — this year's first placement type must match last year's open episode (H5→K3 allowed in 2023/24 and 2024/25). */
export const rule503D2024: RuleDefinition = definition(
  { from: 2024, to: 2025 },
  (now, before) => now === 'K3' && before === 'H5',
  sameExamples(2024, 'K3', 'H5'),
);

/** 503D (from 2025/26) — as before, but Z1 may become one of its replacements Z11–Z14. */
export const rule503D2026: RuleDefinition = definition(
  { from: 2026 },
  (now, before) => before === 'Z1' && Z1_REPLACEMENTS.has(now),
  [
    ...sameExamples(2026, 'Z13', 'Z1'),
    {
      description: 'H5→K3 is no longer allowed from 2025/26',
      year: 2026,
      current: { Episodes: [{ CHILD: '1', DECOM: '2025-06-01', PLACE: 'K3' }] },
      previous: { Episodes: [{ CHILD: '1', DECOM: '2024-06-01', DEC: '', PLACE: 'H5' }] },
      expect: { Episodes: [0] },
    },
  ],
);
