import type { RuleDefinition } from '../rule.ts';
import { lastEpisodeByChild, validDate } from '../shared-400-plus.ts';

/** 562 — the first episode that started before this year must be last year's latest episode (same DECOM). */
export const rule562: RuleDefinition = {
  code: '562',
  message:
    'Episode commenced before the start of the current collection year but there is a missing continuous episode in the previous year.',
  tables: ['Episodes'],
  fields: ['DECOM'],
  years: { from: 2023 },
  needs: ['previous'],
  needsTables: ['Episodes'],
  check: (ctx) => {
    const episodes = ctx.current.Episodes ?? [];
    const last = ctx.previous?.Episodes ?? [];
    const lastByChild = lastEpisodeByChild(ctx, 'previous');
    const out: number[] = [];
    for (const [child, list] of ctx.episodesByChild()) {
      const first = list[0];
      if (first === undefined) continue;
      const decom = episodes[first]!.DECOM;
      if (!validDate(decom) || decom >= ctx.collectionStart) continue;
      const j = lastByChild.get(child);
      if (j === undefined || last[j]!.DECOM !== decom) out.push(first);
    }
    return { Episodes: out };
  },
  examples: [
    {
      description: 'an episode from before the year that is not last year’s latest episode is flagged',
      year: 2025,
      current: { Episodes: [{ CHILD: '1', DECOM: '2024-03-13' }] },
      previous: {
        Episodes: [
          { CHILD: '1', DECOM: '2024-02-01' },
          { CHILD: '1', DECOM: '2024-03-11' },
        ],
      },
      expect: { Episodes: [0] },
    },
    {
      description: 'a continuing episode, or a first episode inside the year, passes',
      year: 2025,
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2024-03-15' },
          { CHILD: '1', DECOM: '2024-06-05' },
          { CHILD: '2', DECOM: '2024-05-01' },
        ],
      },
      previous: {
        Episodes: [
          { CHILD: '1', DECOM: '2023-06-01' },
          { CHILD: '1', DECOM: '2024-03-15' },
        ],
      },
      expect: {},
    },
  ],
};
