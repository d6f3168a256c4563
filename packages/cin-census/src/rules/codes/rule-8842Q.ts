import { addFlag } from '../helpers.ts';
import type { ChildRuleDefinition, RuleFlags } from '../rule.ts';

/** 8842Q — a CP review record should have a review date (an empty `<Reviews>` block gives such a row). */
export const rule8842Q: ChildRuleDefinition = {
  code: '8842Q',
  message: 'Please check: Review Record has a missing date',
  type: 'query',
  scope: 'child',
  fields: { Reviews: ['CPPreviewDate'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    let out: RuleFlags | undefined;
    tables.Reviews.forEach((r, i) => {
      if (r.CPPreviewDate === '') out = addFlag(out, 'Reviews', i);
    });
    return out;
  },
  examples: [
    {
      description: 'a review without a date is queried',
      tables: { Reviews: [{ CPPreviewDate: '2022-05-26' }, { CPPreviewDate: '' }] },
      expect: { Reviews: [1] },
    },
    {
      description: 'dated reviews pass',
      tables: { Reviews: [{ CPPreviewDate: '2022-05-26' }] },
      expect: {},
    },
  ],
};
