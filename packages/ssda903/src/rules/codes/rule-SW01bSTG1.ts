import type { RuleDefinition } from '../rule.ts';
import { rowRule, validDate } from '../shared-400-plus.ts';

/** SW01bSTG1 (from 2024/25) — a social worker episode from 1 April 2023 needs an ID and a reason; every one needs a start date. */
export const ruleSW01bSTG1: RuleDefinition = rowRule({
  code: 'SW01bSTG1',
  message: 'For each social worker episode, information should be complete',
  table: 'SWEpisodes',
  fields: ['SW_DECOM', 'SW_ID', 'SW_REASON'],
  years: { from: 2025 },
  fails: (s) => !validDate(s.SW_DECOM) || (s.SW_DECOM >= '2023-04-01' && (s.SW_ID === '' || s.SW_REASON === '')),
  examples: [
    {
      description: 'an episode from April 2023 without a reason, or without a start date, is flagged',
      current: {
        SWEpisodes: [
          { CHILD: '1', SW_ID: 'SW1', SW_DECOM: '2024-01-01', SW_REASON: '' },
          { CHILD: '2', SW_ID: 'SW1', SW_DECOM: '', SW_REASON: 'MANAGE' },
        ],
      },
      expect: { SWEpisodes: [0, 1] },
    },
    {
      description: 'an older episode without a reason passes',
      current: { SWEpisodes: [{ CHILD: '1', SW_ID: 'SW1', SW_DECOM: '1999-01-01', SW_REASON: '' }] },
      expect: {},
    },
  ],
});
