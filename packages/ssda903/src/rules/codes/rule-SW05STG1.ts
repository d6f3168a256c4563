import type { RuleDefinition } from '../rule.ts';
import { permanenceDate, rowRule } from '../shared-400-plus.ts';

/** SW05STG1 — a social worker episode end date, when given, is a real date (ZZ allowed for unknown parts). */
export const ruleSW05STG1: RuleDefinition = rowRule({
  code: 'SW05STG1',
  message: 'Date social worker episode began is not a valid date.',
  table: 'SWEpisodes',
  fields: ['SW_DEC'],
  years: { from: 2024 },
  fails: (s) => s.SW_DEC !== '' && permanenceDate(s.SW_DEC) === null,
  examples: [
    {
      description: 'an impossible end date is flagged',
      current: { SWEpisodes: [{ CHILD: '1', SW_DEC: 'ZZ' }] },
      expect: { SWEpisodes: [0] },
    },
    {
      description: 'a blank end date (still allocated) and 01/01/ZZZZ pass',
      current: {
        SWEpisodes: [
          { CHILD: '1', SW_DEC: '' },
          { CHILD: '2', SW_DEC: '01/01/ZZZZ' },
        ],
      },
      expect: {},
    },
  ],
});
