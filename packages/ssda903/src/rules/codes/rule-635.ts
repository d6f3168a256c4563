import type { RuleDefinition } from '../rule.ts';
import { rowRule } from '../shared-400-plus.ts';

/** 635 — a permanence date or authority needs the previous permanence option. */
export const rule635: RuleDefinition = rowRule({
  code: '635',
  message:
    'There are entries for date of order and local authority code where previous permanence option was arranged but previous permanence code is Z1',
  table: 'PrevPerm',
  fields: ['LA_PERM', 'DATE_PERM', 'PREV_PERM'],
  years: { from: 2023 },
  fails: (p) => (p.LA_PERM !== '' || p.DATE_PERM !== '') && p.PREV_PERM === '',
  examples: [
    {
      description: 'an authority without PREV_PERM is flagged',
      current: { PrevPerm: [{ CHILD: '1', PREV_PERM: '', LA_PERM: '352' }] },
      expect: { PrevPerm: [0] },
    },
    {
      description: 'P1 with an authority, and nothing at all, pass',
      current: {
        PrevPerm: [
          { CHILD: '1', PREV_PERM: 'P1', LA_PERM: '352' },
          { CHILD: '2', PREV_PERM: '' },
        ],
      },
      expect: {},
    },
  ],
});
