import type { RuleContext, RuleDefinition, RuleFlags } from '../rule.ts';
import { TEMPORARY_PLACEMENTS } from '../shared-200-399.ts';

/**
 * A temporary placement (T0–T4) must have no reason for placement change, and neither may the episode before
 * it (the child returns to that placement). Flags the temporary episode. Episodes in DECOM order per child.
 */
function reasonNearTemporary(ctx: RuleContext): RuleFlags {
  const episodes = ctx.current.Episodes ?? [];
  const out: number[] = [];
  for (const list of ctx.episodesByChild().values()) {
    list.forEach((i, k) => {
      const cur = episodes[i]!;
      if (!TEMPORARY_PLACEMENTS.has(cur.PLACE)) return;
      const previous = k > 0 ? episodes[list[k - 1]!]! : undefined;
      if (cur.REASON_PLACE_CHANGE !== '' || (previous !== undefined && previous.REASON_PLACE_CHANGE !== '')) {
        out.push(i);
      }
    });
  }
  return { Episodes: out };
}

const base: Omit<RuleDefinition, 'message' | 'years'> = {
  code: '226',
  tables: ['Episodes'],
  fields: ['REASON_PLACE_CHANGE', 'PLACE'],
  needsTables: ['Episodes'],
  check: reasonNearTemporary,
  examples: [
    {
      description: 'a T1 episode after an episode with a reason for change is flagged, as is a T1 with its own reason',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2022-01-01', PLACE: 'U1', REASON_PLACE_CHANGE: 'CARPL' },
          { CHILD: '1', DECOM: '2022-01-11', PLACE: 'T1' },
          { CHILD: '2', DECOM: '2022-01-22', PLACE: 'T1', REASON_PLACE_CHANGE: 'OTHER' },
        ],
      },
      expect: { Episodes: [1, 2] },
    },
    {
      description: 'a temporary placement with no reasons on it or before it passes',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2022-01-11', PLACE: 'T3' },
          { CHILD: '1', DECOM: '2022-01-01', PLACE: 'U1' },
        ],
      },
      expect: {},
    },
  ],
};

/** 226 (to 2024/25). */
export const rule226: RuleDefinition = {
  ...base,
  message: 'Reason for placement change is not required.',
  years: { from: 2023, to: 2025 },
};

/** 226 (from 2025/26) — same check, DfE's reworded message. */
export const rule226From2026: RuleDefinition = {
  ...base,
  message: 'Reason for placement change is not required for temporary placements.',
  years: { from: 2026 },
};
