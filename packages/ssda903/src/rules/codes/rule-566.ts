import type { RuleDefinition } from '../rule.ts';
import { rowRule } from '../shared-400-plus.ts';

/** 566 — a missing period with an end date needs the missing type. */
export const rule566: RuleDefinition = rowRule({
  code: '566',
  message:
    "The date that the child's episode of being missing or away from placement without authorisation ended has been completed but whether the child was missing or away without authorisation has not been completed.",
  table: 'Missing',
  fields: ['MISSING', 'MIS_END'],
  years: { from: 2023 },
  fails: (m) => m.MIS_END !== '' && m.MISSING === '',
  examples: [
    {
      description: 'an end date without the missing type is flagged',
      current: { Missing: [{ CHILD: '1', MISSING: '', MIS_END: '2020-02-07' }] },
      expect: { Missing: [0] },
    },
    {
      description: 'an end date with the type M passes',
      current: { Missing: [{ CHILD: '1', MISSING: 'M', MIS_END: '2020-02-07' }] },
      expect: {},
    },
  ],
});
