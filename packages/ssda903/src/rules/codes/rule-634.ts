import type { RuleDefinition } from '../rule.ts';
import { lastEpisodeByChild } from '../shared-400-plus.ts';

/** 634 — previous permanence entries are only for children whose latest episode started in this collection year. */
export const rule634: RuleDefinition = {
  code: '634',
  message:
    'There are entries for previous permanence options, but child has not started to be looked after from 1 April 2016 onwards.',
  tables: ['Episodes', 'PrevPerm'],
  fields: ['LA_PERM', 'PREV_PERM', 'DATE_PERM', 'DECOM'],
  years: { from: 2023 },
  needsTables: ['Episodes', 'PrevPerm'],
  check: (ctx) => {
    const episodes = ctx.current.Episodes ?? [];
    const episodesByChild = ctx.byChild('Episodes');
    const lastEpisode = lastEpisodeByChild(ctx);
    const flagged = { Episodes: [] as number[], PrevPerm: [] as number[] };
    (ctx.current.PrevPerm ?? []).forEach((p, j) => {
      if (p.PREV_PERM === '' && p.DATE_PERM === '' && p.LA_PERM === '') return;
      const latest = lastEpisode.get(p.CHILD);
      if (latest !== undefined && episodes[latest]!.DECOM < ctx.collectionStart) {
        flagged.PrevPerm.push(j);
        flagged.Episodes.push(...(episodesByChild.get(p.CHILD) ?? []));
      }
    });
    return flagged;
  },
  examples: [
    {
      description: 'permanence entries for a child whose episodes all started before the year flag them all',
      year: 2025,
      current: {
        PrevPerm: [{ CHILD: '1', PREV_PERM: 'Z1' }],
        Episodes: [
          { CHILD: '1', DECOM: '2020-01-01' },
          { CHILD: '1', DECOM: '2024-03-01' },
        ],
      },
      expect: { PrevPerm: [0], Episodes: [0, 1] },
    },
    {
      description: 'a child with an episode starting in the year passes',
      year: 2025,
      current: {
        PrevPerm: [{ CHILD: '1', PREV_PERM: 'Z1' }],
        Episodes: [
          { CHILD: '1', DECOM: '2020-01-01' },
          { CHILD: '1', DECOM: '2024-04-01' },
        ],
      },
      expect: {},
    },
  ],
};
