import { flagRows } from '../helpers.ts';
import type { RuleContext, RuleDefinition, RuleFlags } from '../rule.ts';

const NO_PROVIDER_TO_2025 = new Set(['T0', 'T1', 'T2', 'T3', 'T4']);
const NO_PROVIDER_FROM_2026 = new Set(['T0', 'T1', 'T2', 'T3', 'T4', 'Z11', 'Z12', 'Z13', 'Z14']);

const providerGiven =
  (places: ReadonlySet<string>) =>
  (ctx: RuleContext): RuleFlags => ({
    Episodes: flagRows(ctx.current.Episodes, (e) => places.has(e.PLACE) && e.PLACE_PROVIDER !== ''),
  });

const base = {
  code: '213',
  message: 'Placement provider information not required.',
  tables: ['Episodes'],
  fields: ['PLACE_PROVIDER'],
  needsTables: ['Episodes'],
} as const;

/** 213 (to 2024/25) — a temporary placement (T0–T4) must have no placement provider. */
export const rule213: RuleDefinition = {
  ...base,
  years: { from: 2023, to: 2025 },
  check: providerGiven(NO_PROVIDER_TO_2025),
  examples: [
    {
      description: 'a T2 placement with provider PR2 is flagged',
      current: { Episodes: [{ CHILD: '1', PLACE: 'T2', PLACE_PROVIDER: 'PR2' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'a T0 placement with no provider and a U1 placement with one pass',
      current: {
        Episodes: [
          { CHILD: '1', PLACE: 'T0', PLACE_PROVIDER: '' },
          { CHILD: '1', PLACE: 'U1', PLACE_PROVIDER: 'PR3' },
        ],
      },
      expect: {},
    },
  ],
};

/** 213 (from 2025/26) — temporary placements and the "other" placements Z11–Z14 must have no provider. */
export const rule213From2026: RuleDefinition = {
  ...base,
  years: { from: 2026 },
  check: providerGiven(NO_PROVIDER_FROM_2026),
  examples: [
    {
      description: 'a Z13 placement with a provider is flagged',
      current: { Episodes: [{ CHILD: '1', PLACE: 'Z13', PLACE_PROVIDER: 'PR4' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'a Z11 placement with no provider passes',
      current: { Episodes: [{ CHILD: '1', PLACE: 'Z11', PLACE_PROVIDER: '' }] },
      expect: {},
    },
  ],
};
