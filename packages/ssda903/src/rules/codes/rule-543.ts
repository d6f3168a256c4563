import { addYears, continuouslyLookedAfter } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';
import { validDate } from '../shared-400-plus.ts';

/** 543 — a child over 10 at 31 March, looked after for 12 months, needs conviction information. */
export const rule543: RuleDefinition = {
  code: '543',
  message:
    'Child is aged 10 or over at 31 March and has been looked after continuously for 12 months yet conviction information has not been completed.',
  tables: ['OC2'],
  fields: ['DOB', 'CONVICTED'],
  years: { from: 2023 },
  needsTables: ['OC2', 'Episodes'],
  check: (ctx) => {
    const cla = continuouslyLookedAfter(ctx);
    const out: number[] = [];
    (ctx.current.OC2 ?? []).forEach((r, i) => {
      if (r.CONVICTED === '' && cla.has(r.CHILD) && validDate(r.DOB) && ctx.collectionEnd > addYears(r.DOB, 10)) {
        out.push(i);
      }
    });
    return { OC2: out };
  },
  examples: [
    {
      description: 'a 12-year-old looked after all year without CONVICTED is flagged',
      year: 2025,
      current: {
        Episodes: [{ CHILD: '1', DECOM: '2020-01-01', RNE: 'S', LS: 'C2', DEC: '' }],
        OC2: [{ CHILD: '1', DOB: '2012-06-01', CONVICTED: '' }],
      },
      expect: { OC2: [0] },
    },
    {
      description: 'a child who started care during the year passes',
      year: 2025,
      current: {
        Episodes: [{ CHILD: '1', DECOM: '2024-06-01', RNE: 'S', LS: 'C2', DEC: '' }],
        OC2: [{ CHILD: '1', DOB: '2012-06-01', CONVICTED: '' }],
      },
      expect: {},
    },
  ],
};
