import type { RuleDefinition } from '../rule.ts';
import { permanenceDate, rowRule } from '../shared-400-plus.ts';

/** SW04STG1 — the social worker episode start date is a real date (ZZ allowed for an unknown day, month or year). */
export const ruleSW04STG1: RuleDefinition = rowRule({
  code: 'SW04STG1',
  message: 'Date social worker episode began is not a valid date..',
  table: 'SWEpisodes',
  fields: ['SW_DECOM'],
  years: { from: 2024 },
  fails: (s) => permanenceDate(s.SW_DECOM) === null,
  examples: [
    {
      description: 'a blank or impossible start date is flagged',
      current: {
        SWEpisodes: [
          { CHILD: '1', SW_DECOM: '' },
          { CHILD: '2', SW_DECOM: 'ZZ' },
        ],
      },
      expect: { SWEpisodes: [0, 1] },
    },
    {
      description: 'a real date and ZZ/ZZ/ZZZZ pass',
      current: {
        SWEpisodes: [
          { CHILD: '1', SW_DECOM: '2001-01-01' },
          { CHILD: '2', SW_DECOM: 'ZZ/ZZ/ZZZZ' },
        ],
      },
      expect: {},
    },
  ],
});
