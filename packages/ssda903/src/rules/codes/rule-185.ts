import { continuouslyLookedAfter, flagRows } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';
import { CLA_EPISODES } from './cla-example.ts';

/** 185 — an SDQ score is only for children looked after continuously for 12 months at 31 March. */
export const rule185: RuleDefinition = {
  code: '185',
  message:
    'Child has not been looked after continuously for at least 12 months at 31 March but a Strengths and Difficulties (SDQ) score has been completed.',
  tables: ['OC2'],
  fields: ['SDQ_SCORE'],
  years: { from: 2023 },
  needsTables: ['Episodes', 'OC2'],
  check: (ctx) => {
    const cla = continuouslyLookedAfter(ctx);
    return { OC2: flagRows(ctx.current.OC2, (r) => r.SDQ_SCORE !== '' && !cla.has(r.CHILD)) };
  },
  examples: [
    {
      description: 'a score for a child who came into care in the year is flagged',
      year: 2026,
      current: { Episodes: CLA_EPISODES, OC2: [{ CHILD: 'B', SDQ_SCORE: '12' }] },
      expect: { OC2: [0] },
    },
    {
      description: 'a score for a child looked after all year passes',
      year: 2026,
      current: { Episodes: CLA_EPISODES, OC2: [{ CHILD: 'A', SDQ_SCORE: '12' }] },
      expect: {},
    },
  ],
};
