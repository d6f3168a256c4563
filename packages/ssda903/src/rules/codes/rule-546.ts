import { addYears, continuouslyLookedAfter } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';
import { validDate } from '../shared-400-plus.ts';

/** 546 — a child aged 5 or over at 31 March (looked after for 12 months) has no health promotion information. */
export const rule546: RuleDefinition = {
  code: '546',
  message: 'Children aged 5 or over at 31 March should not have health promotion information completed.',
  tables: ['OC2'],
  fields: ['DOB', 'HEALTH_CHECK'],
  years: { from: 2023 },
  needsTables: ['OC2', 'Episodes'],
  check: (ctx) => {
    const cla = continuouslyLookedAfter(ctx);
    const out: number[] = [];
    (ctx.current.OC2 ?? []).forEach((r, i) => {
      if (r.HEALTH_CHECK !== '' && cla.has(r.CHILD) && validDate(r.DOB) && ctx.collectionEnd >= addYears(r.DOB, 5)) {
        out.push(i);
      }
    });
    return { OC2: out };
  },
  examples: [
    {
      description: 'a child who turned 5 on 31 March with HEALTH_CHECK filled is flagged',
      year: 2025,
      current: {
        Episodes: [{ CHILD: '1', DECOM: '2023-01-01', RNE: 'S', LS: 'C2', DEC: '' }],
        OC2: [{ CHILD: '1', DOB: '2020-03-31', HEALTH_CHECK: '1' }],
      },
      expect: { OC2: [0] },
    },
    {
      description: 'an older child on a short break (not continuously looked after) passes',
      year: 2025,
      current: {
        Episodes: [{ CHILD: '1', DECOM: '2023-01-01', RNE: 'S', LS: 'V3', DEC: '' }],
        OC2: [{ CHILD: '1', DOB: '2012-01-01', HEALTH_CHECK: '1' }],
      },
      expect: {},
    },
  ],
};
