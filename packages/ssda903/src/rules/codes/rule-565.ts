import type { RuleDefinition } from '../rule.ts';
import { rowRule } from '../shared-400-plus.ts';

/** 565 — a missing period with a start date needs the missing type. */
export const rule565: RuleDefinition = rowRule({
  code: '565',
  message:
    'The date that the child started to be missing or away from placement without authorisation has been completed but whether the child was missing or away from placement without authorisation has not been completed.',
  table: 'Missing',
  fields: ['MISSING', 'MIS_START'],
  years: { from: 2023 },
  fails: (m) => m.MIS_START !== '' && m.MISSING === '',
  examples: [
    {
      description: 'a start date without the missing type is flagged',
      current: { Missing: [{ CHILD: '1', MISSING: '', MIS_START: '2020-02-07' }] },
      expect: { Missing: [0] },
    },
    {
      description: 'a start date with the type A passes',
      current: { Missing: [{ CHILD: '1', MISSING: 'A', MIS_START: '2020-02-07' }] },
      expect: {},
    },
  ],
});
