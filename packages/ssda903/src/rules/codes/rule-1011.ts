import type { RuleDefinition } from '../rule.ts';
import { lastEpisodeByChild } from '../shared-400-plus.ts';

/** 1011 — a child whose final episode ended with care transferred to another LA (E3) has no care leaver information. */
export const rule1011: RuleDefinition = {
  code: '1011',
  message:
    'This child is recorded as having his/her care transferred to another local authority for the final episode and therefore should not have the care leaver information completed.',
  tables: ['OC3'],
  fields: ['IN_TOUCH', 'ACTIV', 'ACCOM'],
  years: { from: 2023 },
  needsTables: ['Episodes', 'OC3'],
  check: (ctx) => {
    const episodes = ctx.current.Episodes ?? [];
    const last = lastEpisodeByChild(ctx);
    const out: number[] = [];
    (ctx.current.OC3 ?? []).forEach((o, i) => {
      const j = last.get(o.CHILD);
      if (j === undefined || episodes[j]!.REC !== 'E3') return;
      if (o.IN_TOUCH !== '' || o.ACTIV !== '' || o.ACCOM !== '') out.push(i);
    });
    return { OC3: out };
  },
  examples: [
    {
      description: 'care leaver data after a final E3 episode is flagged',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2020-06-01', REC: 'E11' },
          { CHILD: '1', DECOM: '2020-06-06', REC: 'E3' },
        ],
        OC3: [{ CHILD: '1', IN_TOUCH: 'YES' }],
      },
      expect: { OC3: [0] },
    },
    {
      description: 'E3 on an earlier episode, or a blank OC3 row, passes',
      current: {
        Episodes: [
          { CHILD: '1', DECOM: '2020-06-01', REC: 'E3' },
          { CHILD: '1', DECOM: '2020-06-06', REC: 'X1' },
          { CHILD: '2', DECOM: '2020-06-06', REC: 'E3' },
        ],
        OC3: [{ CHILD: '1', IN_TOUCH: 'YES' }, { CHILD: '2' }],
      },
      expect: {},
    },
  ],
};
