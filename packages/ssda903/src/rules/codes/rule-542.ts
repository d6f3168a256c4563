import { addYears } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';
import { rowRule, validDate } from '../shared-400-plus.ts';

/** 542 — a child under 10 at 31 March has no conviction information. */
export const rule542: RuleDefinition = rowRule({
  code: '542',
  message: 'A child aged under 10 at 31 March should not have conviction information completed.',
  table: 'OC2',
  fields: ['CONVICTED'],
  years: { from: 2023 },
  fails: (r, ctx) => r.CONVICTED !== '' && validDate(r.DOB) && addYears(r.DOB, 10) > ctx.collectionEnd,
  examples: [
    {
      description: 'a child turning 10 after 31 March with CONVICTED filled is flagged',
      year: 2025,
      current: { OC2: [{ CHILD: '1', DOB: '2015-04-01', CONVICTED: '0' }] },
      expect: { OC2: [0] },
    },
    {
      description: 'a child turning 10 on 31 March passes',
      year: 2025,
      current: { OC2: [{ CHILD: '1', DOB: '2015-03-31', CONVICTED: '1' }] },
      expect: {},
    },
  ],
});
