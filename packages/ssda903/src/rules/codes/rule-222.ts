import { flagRows } from '../helpers.ts';
import type { RuleContext, RuleDefinition } from '../rule.ts';
import { isOfstedUrn, urnForbiddenPlacements } from '../shared-200-399.ts';

const base = {
  code: '222',
  message: 'Ofsted Unique reference number (URN) should not be recorded for this placement type.',
  tables: ['Episodes'],
  fields: ['URN'],
  needsTables: ['Episodes'],
  check: (ctx: RuleContext) => {
    const forbidden = urnForbiddenPlacements(ctx.year);
    return { Episodes: flagRows(ctx.current.Episodes, (e) => forbidden.has(e.PLACE) && isOfstedUrn(e.URN)) };
  },
} as const;

/** 222 (2023/24) — placements that are not Ofsted-registered (P1, P2, P3, R1, R2, R5, T0–T4, Z1) must have no URN. */
export const rule222: RuleDefinition = {
  ...base,
  years: { from: 2024, to: 2024 },
  examples: [
    {
      description: 'a P2 placement with a URN is flagged',
      current: { Episodes: [{ CHILD: '1', PLACE: 'P2', URN: 'SC000001' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'an H5 placement with a URN, and an R1 placement with XXXXXXX, pass',
      current: {
        Episodes: [
          { CHILD: '1', PLACE: 'H5', URN: 'SC000001' },
          { CHILD: '2', PLACE: 'R1', URN: 'XXXXXXX' },
        ],
      },
      expect: {},
    },
  ],
};

/** 222 (2024/25) — as 2023/24 without P2. */
export const rule222In2025: RuleDefinition = {
  ...base,
  years: { from: 2025, to: 2025 },
  examples: [
    {
      description: 'a T2 placement with a URN is flagged',
      current: { Episodes: [{ CHILD: '1', PLACE: 'T2', URN: 'SC000001' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'a P2 placement with a URN passes',
      current: { Episodes: [{ CHILD: '1', PLACE: 'P2', URN: 'SC000001' }] },
      expect: {},
    },
  ],
};

/** 222 (from 2025/26) — Z11–Z14 replace Z1. */
export const rule222From2026: RuleDefinition = {
  ...base,
  years: { from: 2026 },
  examples: [
    {
      description: 'a Z14 placement with a URN is flagged',
      current: { Episodes: [{ CHILD: '1', PLACE: 'Z14', URN: 'SC000001' }] },
      expect: { Episodes: [0] },
    },
    {
      description: 'a Z1 placement with a URN passes (Z1 is no longer a valid code; other rules report it)',
      current: { Episodes: [{ CHILD: '1', PLACE: 'Z1', URN: 'SC000001' }] },
      expect: {},
    },
  ],
};
