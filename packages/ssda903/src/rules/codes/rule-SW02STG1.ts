import type { RuleDefinition } from '../rule.ts';
import { rowRule } from '../shared-400-plus.ts';

/** SW02STG1 — a social worker ID starts with SW (Social Work England number) or XX. */
export const ruleSW02STG1: RuleDefinition = rowRule({
  code: 'SW02STG1',
  message: 'Social worker ID does not begin with the characters ‘SW’ or ‘XX’.',
  table: 'SWEpisodes',
  fields: ['SW_ID'],
  years: { from: 2024 },
  fails: (s) => !s.SW_ID.startsWith('SW') && !s.SW_ID.startsWith('XX'),
  examples: [
    {
      description: 'an ID starting AA, or a blank ID, is flagged',
      current: {
        SWEpisodes: [
          { CHILD: '1', SW_ID: 'AA00' },
          { CHILD: '2', SW_ID: '' },
        ],
      },
      expect: { SWEpisodes: [0, 1] },
    },
    {
      description: 'SW and XX IDs pass',
      current: {
        SWEpisodes: [
          { CHILD: '1', SW_ID: 'SW000' },
          { CHILD: '2', SW_ID: 'XX000' },
        ],
      },
      expect: {},
    },
  ],
});
