import type { RuleDefinition } from '../rule.ts';
import { dayNumber, swEpisodesByChild } from '../shared-400-plus.ts';

/**
 * SW11aSTG2 (2023/24 only) — after a social worker episode that ended at least 5 days before 31 March, the next
 * episode must start within 5 days of that end.
 */
export const ruleSW11aSTG2: RuleDefinition = {
  code: 'SW11aSTG2',
  message: 'Social worker episode has ended before 31 March and no subsequent social worker episode has been provided.',
  tables: ['SWEpisodes'],
  fields: ['SW_DEC'],
  years: { from: 2024, to: 2024 },
  needsTables: ['SWEpisodes'],
  check: (ctx) => {
    const rows = ctx.current.SWEpisodes ?? [];
    const cutoff = dayNumber(ctx.collectionEnd)! - 5;
    const out: number[] = [];
    for (const list of swEpisodesByChild(ctx).values()) {
      for (let k = 1; k < list.length; k++) {
        const previousEnd = dayNumber(rows[list[k - 1]!]!.SW_DEC);
        if (previousEnd === null || previousEnd > cutoff) continue;
        const start = dayNumber(rows[list[k]!]!.SW_DECOM);
        if (start === null || Math.abs(start - previousEnd) > 5) out.push(list[k]!);
      }
    }
    return { SWEpisodes: out };
  },
  examples: [
    {
      description:
        'an episode starting more than 5 days after the previous one ended (before the last 5 days) is flagged',
      current: {
        SWEpisodes: [
          { CHILD: '7', SW_DECOM: '2023-04-01', SW_DEC: '2024-03-20' },
          { CHILD: '7', SW_DECOM: '2024-03-21', SW_DEC: '2024-03-22' },
          { CHILD: '7', SW_DECOM: '2024-03-29', SW_DEC: '' },
        ],
      },
      expect: { SWEpisodes: [2] },
    },
    {
      description: 'a next episode within 5 days passes; an end in the last 5 days is not checked',
      current: {
        SWEpisodes: [
          { CHILD: '6', SW_DECOM: '2023-04-01', SW_DEC: '2024-03-25' },
          { CHILD: '6', SW_DECOM: '2024-03-29', SW_DEC: '' },
          { CHILD: '5', SW_DECOM: '2023-04-01', SW_DEC: '2024-03-30' },
          { CHILD: '5', SW_DECOM: '', SW_DEC: '' },
        ],
      },
      expect: {},
    },
  ],
};
