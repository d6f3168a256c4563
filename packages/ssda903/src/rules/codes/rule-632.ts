import type { RuleDefinition } from '../rule.ts';
import { firstEpisodeByChild, permanenceDate, validDate } from '../shared-400-plus.ts';

/** 632 — the previous permanence date must be a valid (possibly ZZ) date before the child's first episode. */
export const rule632: RuleDefinition = {
  code: '632',
  message:
    'Date of previous permanence order not a valid value. NOTE: This rule may result in false negatives where the period of care started before the current collection year',
  severity: 'query',
  tables: ['Episodes', 'PrevPerm'],
  fields: ['DATE_PERM', 'DECOM'],
  years: { from: 2023 },
  needsTables: ['Episodes', 'PrevPerm'],
  check: (ctx) => {
    const episodes = ctx.current.Episodes ?? [];
    const prevPerm = ctx.current.PrevPerm ?? [];
    const byChild = ctx.byChild('PrevPerm');
    const flagged = { Episodes: [] as number[], PrevPerm: [] as number[] };
    for (const [child, i] of firstEpisodeByChild(ctx)) {
      const decom = episodes[i]!.DECOM;
      for (const j of byChild.get(child) ?? []) {
        const raw = prevPerm[j]!.DATE_PERM;
        const date = permanenceDate(raw);
        if ((date !== null && validDate(decom) && date >= decom) || (raw !== '' && date === null)) {
          flagged.Episodes.push(i);
          flagged.PrevPerm.push(j);
        }
      }
    }
    return flagged;
  },
  examples: [
    {
      description: 'a permanence date on the first DECOM, or an impossible date, flags both rows',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2001-06-17' },
          { CHILD: '1', DECOM: '2021-11-19' },
          { CHILD: '2', DECOM: '2021-07-01' },
        ],
        PrevPerm: [
          { CHILD: '1', DATE_PERM: '2001-06-17' },
          { CHILD: '2', DATE_PERM: '01/13/2000' },
        ],
      },
      expect: { Episodes: [0, 2], PrevPerm: [0, 1] },
    },
    {
      description: 'a ZZ date read as the latest possible date before the first DECOM passes',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2021-07-01' },
          { CHILD: '2', DECOM: '2021-01-01' },
        ],
        PrevPerm: [
          { CHILD: '1', DATE_PERM: 'ZZ/05/2021' },
          { CHILD: '2', DATE_PERM: 'ZZ/ZZ/2020' },
        ],
      },
      expect: {},
    },
  ],
};
