import type { RuleDefinition } from '../rule.ts';
import { rowRule } from '../shared-400-plus.ts';

/** SW09STG2 — a social worker episode cannot start and end on the same day. */
export const ruleSW09STG2: RuleDefinition = rowRule({
  code: 'SW09STG2',
  message: 'Social worker episode appears to have lasted for less than 24 hours.',
  table: 'SWEpisodes',
  fields: ['SW_DECOM', 'SW_DEC'],
  years: { from: 2024 },
  fails: (s) => s.SW_DEC !== '' && s.SW_DEC === s.SW_DECOM,
  examples: [
    {
      description: 'an episode ending the day it started is flagged',
      current: { SWEpisodes: [{ CHILD: '1', SW_DECOM: '2000-01-01', SW_DEC: '2000-01-01' }] },
      expect: { SWEpisodes: [0] },
    },
    {
      description: 'a longer episode, or one with both dates blank, passes',
      current: {
        SWEpisodes: [
          { CHILD: '1', SW_DECOM: '2000-01-02', SW_DEC: '2000-01-01' },
          { CHILD: '2', SW_DECOM: '', SW_DEC: '' },
        ],
      },
      expect: {},
    },
  ],
});
