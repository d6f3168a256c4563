import type { RuleDefinition } from '../rule.ts';
import { rowRule } from '../shared-400-plus.ts';

const MESSAGE = 'Child is missing a placement provider code for at least one episode.';
const TEMPORARY = ['T0', 'T1', 'T2', 'T3', 'T4'];
const NO_PROVIDER_TO_2025 = new Set([...TEMPORARY, 'Z1']);
const NO_PROVIDER_FROM_2026 = new Set([...TEMPORARY, 'Z11', 'Z12', 'Z13', 'Z14']);

/** 526 (to 2024/25) — every placement except temporary ones and Z1 needs a placement provider. */
export const rule526: RuleDefinition = rowRule({
  code: '526',
  message: MESSAGE,
  table: 'Episodes',
  fields: ['PLACE', 'PLACE_PROVIDER'],
  years: { from: 2023, to: 2025 },
  fails: (e) => e.PLACE_PROVIDER === '' && !NO_PROVIDER_TO_2025.has(e.PLACE),
  examples: [
    {
      description: 'a foster placement without a provider is flagged',
      current: { Episodes: [{ CHILD: '1', PLACE: 'U1', PLACE_PROVIDER: '' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'T1 and Z1 without a provider pass',
      current: {
        Episodes: [
          { CHILD: '1', PLACE: 'T1', PLACE_PROVIDER: '' },
          { CHILD: '1', PLACE: 'Z1', PLACE_PROVIDER: '' },
        ],
      },
      expect: {},
    },
  ],
});

/** 526 (from 2025/26) — Z1 is replaced by Z11–Z14, which need no provider. */
export const rule526From2026: RuleDefinition = rowRule({
  code: '526',
  message: MESSAGE,
  table: 'Episodes',
  fields: ['PLACE', 'PLACE_PROVIDER'],
  years: { from: 2026 },
  fails: (e) => e.PLACE_PROVIDER === '' && !NO_PROVIDER_FROM_2026.has(e.PLACE),
  examples: [
    {
      description: 'Z1 (no longer valid) without a provider is flagged',
      current: { Episodes: [{ CHILD: '1', PLACE: 'Z1', PLACE_PROVIDER: '' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'Z14 and T3 without a provider pass',
      current: {
        Episodes: [
          { CHILD: '1', PLACE: 'Z14', PLACE_PROVIDER: '' },
          { CHILD: '1', PLACE: 'T3', PLACE_PROVIDER: '' },
        ],
      },
      expect: {},
    },
  ],
});
