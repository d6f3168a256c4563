import { birthday, continuouslyLookedAfter, flagRows } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';
import { CLA_EPISODES } from './cla-example.ts';

/**
 * 197B — a child looked after continuously for 12 months whose 4th or 17th birthday falls in the collection
 * year needs an SDQ score or a reason for not having one.
 */
export const rule197B: RuleDefinition = {
  code: '197B',
  message: 'SDQ score or reason for no SDQ should be reported for 4- or 17-year-olds.',
  tables: ['OC2'],
  fields: ['SDQ_REASON', 'DOB'],
  years: { from: 2023 },
  needsTables: ['OC2', 'Episodes'],
  check: (ctx) => {
    const cla = continuouslyLookedAfter(ctx);
    const inYear = (date: string | null) => date !== null && date >= ctx.collectionStart && date <= ctx.collectionEnd;
    return {
      OC2: flagRows(
        ctx.current.OC2,
        (r) =>
          r.SDQ_SCORE === '' &&
          r.SDQ_REASON === '' &&
          cla.has(r.CHILD) &&
          (inYear(birthday(r.DOB, 4)) || inYear(birthday(r.DOB, 17))),
      ),
    };
  },
  examples: [
    {
      description: 'a child who turns 4 in the year with neither score nor reason is flagged',
      year: 2026,
      current: { Episodes: CLA_EPISODES, OC2: [{ CHILD: 'A', DOB: '2021-09-01' }] },
      expect: { OC2: [0] },
    },
    {
      description: 'a reason given, or a birthday outside the year, passes',
      year: 2026,
      current: {
        Episodes: CLA_EPISODES,
        OC2: [
          { CHILD: 'A', DOB: '2021-09-01', SDQ_REASON: 'SDQ1' },
          { CHILD: 'A', DOB: '2015-09-01' },
        ],
      },
      expect: {},
    },
  ],
};
