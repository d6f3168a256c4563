import type { RuleDefinition } from '../rule.ts';
import { rowRule, swEpisodesByChild, validDate } from '../shared-400-plus.ts';

const MESSAGE = 'The reason for social worker change is either not valid or has not been entered.';
const REASONS = new Set([
  'MANAGE',
  'FCONTA',
  'LEFTRL',
  'ORGRST',
  'TSPROC',
  'ABSENC',
  'CHCHAN',
  'PCCHAN',
  'SWDIED',
  'OTHERS',
]);

/** SW13STG1 (2023/24) — every social worker episode has a valid reason for the change. */
export const ruleSW13STG1To2024: RuleDefinition = rowRule({
  code: 'SW13STG1',
  message: MESSAGE,
  table: 'SWEpisodes',
  fields: ['SW_REASON'],
  years: { from: 2024, to: 2024 },
  fails: (s) => !REASONS.has(s.SW_REASON),
  examples: [
    {
      description: 'an unknown or blank reason is flagged',
      current: {
        SWEpisodes: [
          { CHILD: '1', SW_REASON: 'SWLAZY' },
          { CHILD: '2', SW_REASON: '' },
        ],
      },
      expect: { SWEpisodes: [0, 1] },
    },
    {
      description: 'SWDIED passes',
      current: { SWEpisodes: [{ CHILD: '1', SW_REASON: 'SWDIED' }] },
      expect: {},
    },
  ],
});

/**
 * SW13STG1 (from 2024/25) — as before, but the reason may be blank on the child's first social worker episode of
 * the year (the one open at 1 April, or else the first to start in the year).
 */
export const ruleSW13STG1: RuleDefinition = {
  code: 'SW13STG1',
  message: MESSAGE,
  tables: ['SWEpisodes'],
  fields: ['SW_REASON'],
  years: { from: 2025 },
  needsTables: ['SWEpisodes'],
  check: (ctx) => {
    const rows = ctx.current.SWEpisodes ?? [];
    const start = ctx.collectionStart;
    const allowedBlank = new Set<number>();
    for (const list of swEpisodesByChild(ctx).values()) {
      const before = list.filter((i) => validDate(rows[i]!.SW_DECOM) && rows[i]!.SW_DECOM < start);
      const lastBefore = before[before.length - 1];
      const openAtStart =
        lastBefore !== undefined && (!validDate(rows[lastBefore]!.SW_DEC) || rows[lastBefore]!.SW_DEC >= start);
      const first = openAtStart
        ? lastBefore
        : list.find((i) => validDate(rows[i]!.SW_DECOM) && rows[i]!.SW_DECOM >= start);
      if (first !== undefined && rows[first]!.SW_REASON === '') allowedBlank.add(first);
    }
    const out: number[] = [];
    rows.forEach((s, i) => {
      if (!REASONS.has(s.SW_REASON) && !allowedBlank.has(i)) out.push(i);
    });
    return { SWEpisodes: out };
  },
  examples: [
    {
      description: 'a blank reason on a later episode, or on one that ended before the year, is flagged',
      year: 2025,
      current: {
        SWEpisodes: [
          { CHILD: '2', SW_DECOM: '2024-04-01', SW_DEC: '2024-04-02', SW_REASON: 'OTHERS' },
          { CHILD: '2', SW_DECOM: '2024-04-03', SW_DEC: '2024-04-04', SW_REASON: '' },
          { CHILD: '4', SW_DECOM: '2022-04-05', SW_DEC: '2024-03-31', SW_REASON: '' },
        ],
      },
      expect: { SWEpisodes: [1, 2] },
    },
    {
      description: 'a blank reason on the episode open at 1 April, or the first one of the year, passes',
      year: 2025,
      current: {
        SWEpisodes: [
          { CHILD: '3', SW_DECOM: '2022-04-03', SW_DEC: '2024-04-04', SW_REASON: '' },
          { CHILD: '4', SW_DECOM: '2022-04-05', SW_DEC: '2024-03-31', SW_REASON: 'MANAGE' },
          { CHILD: '4', SW_DECOM: '2024-04-05', SW_DEC: '', SW_REASON: '' },
        ],
      },
      expect: {},
    },
  ],
};
