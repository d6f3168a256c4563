import type { RuleDefinition } from '../rule.ts';
import { swEpisodesByChild, validDate } from '../shared-400-plus.ts';

/** SW08STG2 — every social worker episode but the child's latest must have ended. */
export const ruleSW08STG2: RuleDefinition = {
  code: 'SW08STG2',
  message: 'A new social worker episode has started, but the previous episode has not ended.',
  tables: ['SWEpisodes'],
  fields: ['SW_DEC'],
  years: { from: 2024 },
  needsTables: ['SWEpisodes'],
  check: (ctx) => {
    const rows = ctx.current.SWEpisodes ?? [];
    const out: number[] = [];
    for (const [child, list] of swEpisodesByChild(ctx)) {
      if (child === '') continue;
      // The latest episode is the last in start-date order (an episode without a valid start date sorts last).
      for (const i of list.slice(0, -1)) {
        if (!validDate(rows[i]!.SW_DEC) && validDate(rows[i]!.SW_DECOM)) out.push(i);
      }
    }
    return { SWEpisodes: out };
  },
  examples: [
    {
      description: 'an open episode followed by a later one is flagged',
      current: {
        SWEpisodes: [
          { CHILD: '1', SW_DECOM: '2020-06-06', SW_DEC: '' },
          { CHILD: '1', SW_DECOM: '2020-06-07', SW_DEC: '2020-06-08' },
        ],
      },
      expect: { SWEpisodes: [0] },
    },
    {
      description: 'an open latest episode passes',
      current: {
        SWEpisodes: [
          { CHILD: '1', SW_DECOM: '2020-06-08', SW_DEC: '2020-06-09' },
          { CHILD: '1', SW_DECOM: '2020-06-15', SW_DEC: '' },
        ],
      },
      expect: {},
    },
  ],
};
