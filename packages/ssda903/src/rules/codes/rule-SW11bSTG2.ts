import type { RuleDefinition } from '../rule.ts';
import { dayNumber, swEpisodesByChild } from '../shared-400-plus.ts';

/**
 * SW11bSTG2 — a social worker episode that ended in the last 5 days of the year (up to 31 March) must be followed
 * by another episode: flagged are the child's only episode ending then, a later episode with no start date, and
 * the child's latest dated episode ending then.
 * Deviation from the reference: the reference also flags an episode ending in those 5 days that is followed by
 * a later episode (other than the one immediately after); Waypoint only flags the child's latest dated episode.
 */
export const ruleSW11bSTG2: RuleDefinition = {
  code: 'SW11bSTG2',
  message: 'Social worker episode has ended before 31 March and no subsequent social worker episode has been provided.',
  tables: ['SWEpisodes'],
  fields: ['SW_DEC'],
  years: { from: 2024 },
  needsTables: ['SWEpisodes'],
  check: (ctx) => {
    const rows = ctx.current.SWEpisodes ?? [];
    const end = dayNumber(ctx.collectionEnd)!;
    const inLastDays = (v: string) => {
      const d = dayNumber(v);
      return d !== null && d >= end - 5 && d <= end;
    };
    const out: number[] = [];
    for (const [child, list] of swEpisodesByChild(ctx)) {
      if (child === '') continue;
      if (list.length === 1) {
        if (inLastDays(rows[list[0]!]!.SW_DEC)) out.push(list[0]!);
        continue;
      }
      // A follow-up episode without a start date after an episode ending in the last days.
      for (let k = 1; k < list.length; k++) {
        if (inLastDays(rows[list[k - 1]!]!.SW_DEC) && dayNumber(rows[list[k]!]!.SW_DECOM) === null) out.push(list[k]!);
      }
      // The latest dated episode ending in the last days, after an earlier one.
      const dated = list.filter((i) => dayNumber(rows[i]!.SW_DECOM) !== null);
      const latest = dated[dated.length - 1];
      if (dated.length > 1 && latest !== undefined) {
        const previousStart = dayNumber(rows[dated[dated.length - 2]!]!.SW_DECOM)!;
        const latestEnd = dayNumber(rows[latest]!.SW_DEC);
        if (latestEnd !== null && inLastDays(rows[latest]!.SW_DEC) && previousStart < latestEnd) out.push(latest);
      }
    }
    return { SWEpisodes: out };
  },
  examples: [
    {
      description:
        'an only episode ending 27 March, a follow-up with no start date, and a latest episode ending 28 March are flagged',
      current: {
        SWEpisodes: [
          { CHILD: '1', SW_DECOM: '2023-05-01', SW_DEC: '2024-03-27' },
          { CHILD: '2', SW_DECOM: '2023-05-01', SW_DEC: '2024-03-26' },
          { CHILD: '2', SW_DECOM: '', SW_DEC: '' },
          { CHILD: '3', SW_DECOM: '2023-05-01', SW_DEC: '2024-03-26' },
          { CHILD: '3', SW_DECOM: '2024-03-27', SW_DEC: '2024-03-28' },
        ],
      },
      expect: { SWEpisodes: [0, 2, 4] },
    },
    {
      description: 'an episode ending in the last days followed by an open one passes; an earlier end is not checked',
      current: {
        SWEpisodes: [
          { CHILD: '1', SW_DECOM: '2023-05-01', SW_DEC: '2024-03-26' },
          { CHILD: '1', SW_DECOM: '2024-05-01', SW_DEC: '' },
          { CHILD: '2', SW_DECOM: '2023-05-01', SW_DEC: '2024-03-25' },
        ],
      },
      expect: {},
    },
  ],
};
