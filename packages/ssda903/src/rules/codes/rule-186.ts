import { birthday, continuouslyLookedAfter, flagRows } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';
import { CLA_EPISODES } from './cla-example.ts';

/**
 * 186 — a child looked after continuously for 12 months, aged 4 or over at the start of the year and under 17
 * at its end, needs an SDQ score or a reason for not having one.
 */
export const rule186: RuleDefinition = {
  code: '186',
  message:
    'Children aged 4 or over at the start of the year and children aged under 17 at the end of the year and who have been looked after for at least 12 months continuously should have a Strengths and Difficulties (SDQ) score completed.',
  tables: ['OC2'],
  fields: ['SDQ_SCORE'],
  years: { from: 2023 },
  needsTables: ['Episodes', 'OC2'],
  check: (ctx) => {
    const cla = continuouslyLookedAfter(ctx);
    return {
      OC2: flagRows(ctx.current.OC2, (r) => {
        if (r.SDQ_SCORE !== '' || r.SDQ_REASON !== '' || !cla.has(r.CHILD)) return false;
        const fourth = birthday(r.DOB, 4);
        const seventeenth = birthday(r.DOB, 17);
        return (
          fourth !== null && seventeenth !== null && fourth <= ctx.collectionStart && seventeenth > ctx.collectionEnd
        );
      }),
    };
  },
  examples: [
    {
      description: 'a 10-year-old looked after all year with neither score nor reason is flagged',
      year: 2026,
      current: { Episodes: CLA_EPISODES, OC2: [{ CHILD: 'A', DOB: '2015-06-01' }] },
      expect: { OC2: [0] },
    },
    {
      description: 'a reason instead of a score passes; so does a 17-year-old',
      year: 2026,
      current: {
        Episodes: CLA_EPISODES,
        OC2: [
          { CHILD: 'A', DOB: '2015-06-01', SDQ_REASON: 'SDQ2' },
          { CHILD: 'A', DOB: '2008-06-01' },
        ],
      },
      expect: {},
    },
  ],
};
