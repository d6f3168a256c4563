import { PLACE_CODES_2023, PLACE_CODES_2024_2025, PLACE_CODES_FROM_2026 } from '../code-lists.ts';
import { eachRow } from '../each-row.ts';
import { invalidCode } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

const base = {
  code: '146',
  message: 'Placement type code is not a valid code.',
  tables: ['Episodes'],
  fields: ['PLACE'],
  needsTables: ['Episodes'],
} as const;

/** 146 (2022/23) — PLACE, when given, must be a placement type of the year (no K3 yet). */
export const rule146In2023: RuleDefinition = {
  ...base,
  years: { from: 2023, to: 2023 },
  ...eachRow('Episodes', invalidCode('PLACE', PLACE_CODES_2023)),
  examples: [
    {
      description: 'K3 did not exist yet; R4 never did',
      current: {
        Episodes: [
          { CHILD: '1', PLACE: 'K3' },
          { CHILD: '2', PLACE: 'R4' },
        ],
      },
      expect: { Episodes: [0, 1] },
    },
    {
      description: 'H5 and Z1 are valid',
      current: {
        Episodes: [
          { CHILD: '1', PLACE: 'H5' },
          { CHILD: '2', PLACE: 'Z1' },
        ],
      },
      expect: {},
    },
  ],
};

/**
 * 146 (2023/24 and 2024/25) — K3 (registered supported accommodation, from 28 October 2023) is valid.
 * The sector's validator spells it `k3` in its 2024/25 list, rejecting every real K3; Waypoint does not copy
 * that, and also accepts K3 in 2023/24, when the regime began (spec §5.7 note 2).
 */
export const rule146In2024And2025: RuleDefinition = {
  ...base,
  years: { from: 2024, to: 2025 },
  ...eachRow('Episodes', invalidCode('PLACE', PLACE_CODES_2024_2025)),
  examples: [
    {
      description: 'Z11 is not valid before 2025/26',
      year: 2025,
      current: { Episodes: [{ CHILD: '1', PLACE: 'Z11' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'K3, H5 and P2 are valid',
      year: 2025,
      current: {
        Episodes: [
          { CHILD: '1', PLACE: 'K3' },
          { CHILD: '2', PLACE: 'H5' },
          { CHILD: '3', PLACE: 'P2' },
        ],
      },
      expect: {},
    },
  ],
};

/** 146 (from 2025/26) — H5, P2 and Z1 are withdrawn; Z11–Z14 replace Z1. */
export const rule146From2026: RuleDefinition = {
  ...base,
  years: { from: 2026 },
  ...eachRow('Episodes', invalidCode('PLACE', PLACE_CODES_FROM_2026)),
  examples: [
    {
      description: 'H5, P2 and Z1 are no longer valid',
      current: {
        Episodes: [
          { CHILD: '1', PLACE: 'H5' },
          { CHILD: '2', PLACE: 'P2' },
          { CHILD: '3', PLACE: 'Z1' },
        ],
      },
      expect: { Episodes: [0, 1, 2] },
    },
    {
      description: 'K3 and Z14 are valid',
      current: {
        Episodes: [
          { CHILD: '1', PLACE: 'K3' },
          { CHILD: '2', PLACE: 'Z14' },
        ],
      },
      expect: {},
    },
  ],
};
