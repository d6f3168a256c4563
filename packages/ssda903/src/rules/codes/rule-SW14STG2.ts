import type { RuleDefinition } from '../rule.ts';
import { swEpisodesByChild, validDate } from '../shared-400-plus.ts';

/**
 * SW14STG2 (2023/24 only) — only a child's latest social worker episode may have a blank end date.
 * Deviation from the reference: the reference finds the latest episode by sorting the dd/mm/yyyy text of
 * SW_DECOM; Waypoint sorts by date.
 */
export const ruleSW14STG2: RuleDefinition = {
  code: 'SW14STG2',
  message: 'Social worker episode date ceased is blank.',
  tables: ['SWEpisodes'],
  fields: ['SW_DEC'],
  years: { from: 2024, to: 2024 },
  needsTables: ['SWEpisodes'],
  check: (ctx) => {
    const rows = ctx.current.SWEpisodes ?? [];
    const out: number[] = [];
    for (const list of swEpisodesByChild(ctx).values()) {
      for (const i of list.slice(0, -1)) if (!validDate(rows[i]!.SW_DEC)) out.push(i);
    }
    return { SWEpisodes: out };
  },
  examples: [
    {
      description: 'a blank end date on an earlier episode is flagged',
      current: {
        SWEpisodes: [
          { CHILD: '2', SW_DECOM: '2000-01-01', SW_DEC: '' },
          { CHILD: '2', SW_DECOM: '2000-01-02', SW_DEC: '' },
        ],
      },
      expect: { SWEpisodes: [0] },
    },
    {
      description: 'a blank end date on the latest episode passes',
      current: {
        SWEpisodes: [
          { CHILD: '1', SW_DECOM: '2000-01-01', SW_DEC: '2000-01-01' },
          { CHILD: '1', SW_DECOM: '2000-01-02', SW_DEC: '' },
        ],
      },
      expect: {},
    },
  ],
};
