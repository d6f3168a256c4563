import type { RuleDefinition } from '../rule.ts';
import { rowRule, validDate } from '../shared-400-plus.ts';

/** SW01aSTG1 (from 2024/25) — every social worker episode needs a start date, and an ID if it began before 1 April 2023. */
export const ruleSW01aSTG1: RuleDefinition = rowRule({
  code: 'SW01aSTG1',
  message: 'For each social worker episode, information should be complete',
  table: 'SWEpisodes',
  fields: ['SW_DECOM', 'SW_ID'],
  years: { from: 2025 },
  fails: (s) => !validDate(s.SW_DECOM) || (s.SW_DECOM < '2023-04-01' && s.SW_ID === ''),
  examples: [
    {
      description: 'no start date, or no ID before April 2023, is flagged',
      current: {
        SWEpisodes: [
          { CHILD: '1', SW_ID: 'SW1', SW_DECOM: '' },
          { CHILD: '2', SW_ID: '', SW_DECOM: '2023-03-31' },
        ],
      },
      expect: { SWEpisodes: [0, 1] },
    },
    {
      description: 'an episode from April 2023 without an ID is left to SW01bSTG1',
      current: { SWEpisodes: [{ CHILD: '1', SW_ID: '', SW_DECOM: '2023-04-01' }] },
      expect: {},
    },
  ],
});
