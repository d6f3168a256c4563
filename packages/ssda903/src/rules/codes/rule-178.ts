import { NO_PROVIDER_PLACES_FROM_2026, NO_PROVIDER_PLACES_TO_2025, PROVIDER_CODES } from '../code-lists.ts';
import { flagRows } from '../helpers.ts';
import type { RuleContext, RuleDefinition, RuleFlags } from '../rule.ts';

/** PLACE_PROVIDER, when given, must be PR0–PR5 and the placement type must be one that takes a provider. */
const checkWith =
  (noProvider: ReadonlySet<string>) =>
  (ctx: RuleContext): RuleFlags => ({
    Episodes: flagRows(
      ctx.current.Episodes,
      (e) => e.PLACE_PROVIDER !== '' && (!PROVIDER_CODES.has(e.PLACE_PROVIDER) || noProvider.has(e.PLACE)),
    ),
  });

const base = {
  code: '178',
  message: 'Placement provider code is not a valid code.',
  tables: ['Episodes'],
  fields: ['PLACE_PROVIDER'],
  needsTables: ['Episodes'],
} as const;

/** 178 (to 2024/25) — no provider for temporary placements (T0–T4) or Z1. */
export const rule178To2025: RuleDefinition = {
  ...base,
  years: { from: 2023, to: 2025 },
  check: checkWith(NO_PROVIDER_PLACES_TO_2025),
  examples: [
    {
      description: 'an invalid code, and a provider on a T4 or Z1 placement, are flagged',
      current: {
        Episodes: [
          { CHILD: '1', PLACE: 'U1', PLACE_PROVIDER: 'PR6' },
          { CHILD: '2', PLACE: 'T4', PLACE_PROVIDER: 'PR1' },
          { CHILD: '3', PLACE: 'Z1', PLACE_PROVIDER: 'PR4' },
        ],
      },
      expect: { Episodes: [0, 1, 2] },
    },
    {
      description: 'PR4 on U1 and a blank provider on T0 pass',
      current: {
        Episodes: [
          { CHILD: '1', PLACE: 'U1', PLACE_PROVIDER: 'PR4' },
          { CHILD: '2', PLACE: 'T0', PLACE_PROVIDER: '' },
        ],
      },
      expect: {},
    },
  ],
};

/**
 * 178 (from 2025/26) — no provider for temporary placements (T0–T4) or Z11–Z14. The sector's validator leaves
 * T4 out of its list; Waypoint keeps it, as rules 213 and 526 treat T4 as a placement with no provider.
 */
export const rule178From2026: RuleDefinition = {
  ...base,
  years: { from: 2026 },
  check: checkWith(NO_PROVIDER_PLACES_FROM_2026),
  examples: [
    {
      description: 'a provider on T4 or Z12 is flagged',
      current: {
        Episodes: [
          { CHILD: '1', PLACE: 'T4', PLACE_PROVIDER: 'PR1' },
          { CHILD: '2', PLACE: 'Z12', PLACE_PROVIDER: 'PR4' },
        ],
      },
      expect: { Episodes: [0, 1] },
    },
    {
      description: 'PR5 on K2 passes',
      current: { Episodes: [{ CHILD: '1', PLACE: 'K2', PLACE_PROVIDER: 'PR5' }] },
      expect: {},
    },
  ],
};
