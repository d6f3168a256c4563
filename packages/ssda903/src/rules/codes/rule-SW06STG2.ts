import type { RuleDefinition } from '../rule.ts';
import { rowRule, validDate } from '../shared-400-plus.ts';

/** SW06STG2 — a social worker episode cannot start after 31 March. */
export const ruleSW06STG2: RuleDefinition = rowRule({
  code: 'SW06STG2',
  message: 'Social worker episode data should be within the social worker data reporting year.',
  table: 'SWEpisodes',
  fields: ['SW_DECOM'],
  years: { from: 2024 },
  fails: (s, ctx) => validDate(s.SW_DECOM) && s.SW_DECOM > ctx.collectionEnd,
  examples: [
    {
      description: 'a start on 1 April after the year is flagged',
      current: { SWEpisodes: [{ CHILD: '1', SW_DECOM: '2024-04-01' }] },
      expect: { SWEpisodes: [0] },
    },
    {
      description: 'a start on 31 March passes',
      current: { SWEpisodes: [{ CHILD: '1', SW_DECOM: '2024-03-31' }] },
      expect: {},
    },
  ],
});
