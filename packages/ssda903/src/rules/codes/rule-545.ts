import { addYears, continuouslyLookedAfter } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';
import { validDate } from '../shared-400-plus.ts';

/** 545 — a child under 5 at 31 March, looked after for 12 months, needs the health promotion (development check) field. */
export const rule545: RuleDefinition = {
  code: '545',
  message:
    'Child is aged under 5 at 31 March and has been looked after continuously for 12 months yet health promotion information has not been completed.',
  tables: ['OC2'],
  fields: ['DOB', 'HEALTH_CHECK'],
  years: { from: 2023 },
  needsTables: ['OC2', 'Episodes'],
  check: (ctx) => {
    const cla = continuouslyLookedAfter(ctx);
    const out: number[] = [];
    (ctx.current.OC2 ?? []).forEach((r, i) => {
      if (r.HEALTH_CHECK === '' && cla.has(r.CHILD) && validDate(r.DOB) && ctx.collectionEnd < addYears(r.DOB, 5)) {
        out.push(i);
      }
    });
    return { OC2: out };
  },
  examples: [
    {
      description: 'a 3-year-old looked after all year without HEALTH_CHECK is flagged',
      year: 2025,
      current: {
        Episodes: [{ CHILD: '1', DECOM: '2023-01-01', RNE: 'S', LS: 'C2', DEC: '' }],
        OC2: [{ CHILD: '1', DOB: '2021-06-01', HEALTH_CHECK: '' }],
      },
      expect: { OC2: [0] },
    },
    {
      description: 'a child who turned 5 on 31 March passes',
      year: 2025,
      current: {
        Episodes: [{ CHILD: '1', DECOM: '2023-01-01', RNE: 'S', LS: 'C2', DEC: '' }],
        OC2: [{ CHILD: '1', DOB: '2020-03-31', HEALTH_CHECK: '' }],
      },
      expect: {},
    },
  ],
};
