import type { RuleDefinition } from '../rule.ts';
import { rowRule } from '../shared-400-plus.ts';

/** SW03STG1 (2023/24 only) — every social worker episode has an ID, a start date and a reason. */
export const ruleSW03STG1: RuleDefinition = rowRule({
  code: 'SW03STG1',
  message: 'For each social worker episode, information should be complete.',
  table: 'SWEpisodes',
  fields: ['SW_ID', 'SW_DECOM', 'SW_REASON'],
  years: { from: 2024, to: 2024 },
  fails: (s) => s.SW_ID === '' || s.SW_DECOM === '' || s.SW_REASON === '',
  examples: [
    {
      description: 'a blank reason is flagged',
      current: { SWEpisodes: [{ CHILD: '1', SW_ID: 'SW1', SW_DECOM: '2023-05-01', SW_REASON: '' }] },
      expect: { SWEpisodes: [0] },
    },
    {
      description: 'a complete episode passes (the end date may be blank)',
      current: { SWEpisodes: [{ CHILD: '1', SW_ID: 'SW1', SW_DECOM: '2023-05-01', SW_REASON: 'MANAGE', SW_DEC: '' }] },
      expect: {},
    },
  ],
});
