import { addYears } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';
import { validDate } from '../shared-400-plus.ts';

/** 440 — participation code PN0 (under 4) is wrong for a review after the 4th birthday. */
export const rule440: RuleDefinition = {
  code: '440',
  message:
    'Participation method indicates child was under 4 years old at the time of the review, but date of birth and review date indicates the child was 4 years old or over.',
  tables: ['Reviews'],
  fields: ['DOB', 'REVIEW', 'REVIEW_CODE'],
  years: { from: 2023 },
  needsTables: ['Reviews'],
  check: (ctx) => {
    const out: number[] = [];
    (ctx.current.Reviews ?? []).forEach((r, i) => {
      if (r.REVIEW_CODE === 'PN0' && validDate(r.DOB) && validDate(r.REVIEW) && r.REVIEW > addYears(r.DOB, 4))
        out.push(i);
    });
    return { Reviews: out };
  },
  examples: [
    {
      description: 'PN0 the day after the 4th birthday is flagged',
      current: { Reviews: [{ CHILD: '1', DOB: '2008-01-01', REVIEW: '2012-01-02', REVIEW_CODE: 'PN0' }] },
      expect: { Reviews: [0] },
    },
    {
      description: 'PN0 on the 4th birthday passes',
      current: { Reviews: [{ CHILD: '1', DOB: '2008-01-01', REVIEW: '2012-01-01', REVIEW_CODE: 'PN0' }] },
      expect: {},
    },
  ],
};
