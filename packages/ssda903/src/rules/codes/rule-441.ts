import { addYears } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';
import { validDate } from '../shared-400-plus.ts';

const AGED_4_PLUS = new Set(['PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7']);

/** 441 — participation codes PN1–PN7 are wrong for a review before the 4th birthday. */
export const rule441: RuleDefinition = {
  code: '441',
  message:
    'Participation method indicates child was 4 years old or over at the time of the review, but the date of birth and review date indicates the child was under 4 years old.',
  tables: ['Reviews'],
  fields: ['DOB', 'REVIEW', 'REVIEW_CODE'],
  years: { from: 2023 },
  needsTables: ['Reviews'],
  check: (ctx) => {
    const out: number[] = [];
    (ctx.current.Reviews ?? []).forEach((r, i) => {
      if (AGED_4_PLUS.has(r.REVIEW_CODE) && validDate(r.DOB) && validDate(r.REVIEW) && r.REVIEW < addYears(r.DOB, 4)) {
        out.push(i);
      }
    });
    return { Reviews: out };
  },
  examples: [
    {
      description: 'PN4 the day before the 4th birthday is flagged',
      current: { Reviews: [{ CHILD: '1', DOB: '2008-01-01', REVIEW: '2011-12-31', REVIEW_CODE: 'PN4' }] },
      expect: { Reviews: [0] },
    },
    {
      description: 'PN1 on the 4th birthday passes',
      current: { Reviews: [{ CHILD: '1', DOB: '2008-01-01', REVIEW: '2012-01-01', REVIEW_CODE: 'PN1' }] },
      expect: {},
    },
  ],
};
