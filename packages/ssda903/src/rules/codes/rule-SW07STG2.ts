import { addYears } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';
import { rowRule, validDate } from '../shared-400-plus.ts';

const MESSAGE =
  'Social worker episode end date should be on or after the start of the social worker reporting period, and should be on or before the collection end date.';

/** SW07STG2 (2023/24) — a social worker episode end date falls inside the collection year. */
export const ruleSW07STG2To2024: RuleDefinition = rowRule({
  code: 'SW07STG2',
  message: MESSAGE,
  table: 'SWEpisodes',
  fields: ['SW_DEC'],
  years: { from: 2024, to: 2024 },
  fails: (s, ctx) => validDate(s.SW_DEC) && (s.SW_DEC < ctx.collectionStart || s.SW_DEC > ctx.collectionEnd),
  examples: [
    {
      description: 'an end date before 1 April is flagged',
      current: { SWEpisodes: [{ CHILD: '1', SW_DEC: '2023-03-31' }] },
      expect: { SWEpisodes: [0] },
    },
    {
      description: 'an end date in the year passes',
      current: { SWEpisodes: [{ CHILD: '1', SW_DEC: '2023-04-01' }] },
      expect: {},
    },
  ],
});

/**
 * SW07STG2 (from 2024/25) — the reporting period is two years: an end date from a year before collection start.
 * Deviation from the reference: the reference subtracts 365.2425 days, which excludes 1 April of the previous
 * year when that year contains 29 February; Waypoint uses the calendar date a year earlier.
 */
export const ruleSW07STG2: RuleDefinition = rowRule({
  code: 'SW07STG2',
  message: MESSAGE,
  table: 'SWEpisodes',
  fields: ['SW_DEC'],
  years: { from: 2025 },
  fails: (s, ctx) =>
    validDate(s.SW_DEC) && (s.SW_DEC < addYears(ctx.collectionStart, -1) || s.SW_DEC > ctx.collectionEnd),
  examples: [
    {
      description: 'an end date before the two-year window, or after 31 March, is flagged',
      current: {
        SWEpisodes: [
          { CHILD: '1', SW_DEC: '2023-03-31' },
          { CHILD: '2', SW_DEC: '2025-04-01' },
        ],
      },
      expect: { SWEpisodes: [0, 1] },
    },
    {
      description: 'an end date on 1 April of the previous year passes',
      current: { SWEpisodes: [{ CHILD: '1', SW_DEC: '2023-04-01' }] },
      expect: {},
    },
  ],
});
