import type { RuleDefinition, RuleExample } from '../rule.ts';
import { dayNumber, swEpisodesByChild } from '../shared-400-plus.ts';

const MESSAGE = 'A new social worker episode has started before the end date of the previous social worker episode.';

function definition(years: RuleDefinition['years'], exemptFirstContact: boolean, examples: RuleExample[]) {
  const rule: RuleDefinition = {
    code: 'SW10STG2',
    message: MESSAGE,
    tables: ['SWEpisodes'],
    fields: ['SW_DECOM'],
    years,
    needsTables: ['SWEpisodes'],
    check: (ctx) => {
      const rows = ctx.current.SWEpisodes ?? [];
      const out: number[] = [];
      for (const list of swEpisodesByChild(ctx, true).values()) {
        for (let k = 1; k < list.length; k++) {
          const cur = rows[list[k]!]!;
          if (exemptFirstContact && cur.SW_REASON === 'FCONTA') continue;
          const start = dayNumber(cur.SW_DECOM);
          const previousEnd = dayNumber(rows[list[k - 1]!]!.SW_DEC);
          // The next worker must start within 7 days either side of the previous end (unknown dates fail).
          if (start === null || previousEnd === null || Math.abs(start - previousEnd) > 7) out.push(list[k]!);
        }
      }
      return { SWEpisodes: out };
    },
    examples,
  };
  return rule;
}

const examples = (year: number): RuleExample[] => [
  {
    description: 'a start more than 7 days from the previous end, or after an open episode, is flagged',
    year,
    current: {
      SWEpisodes: [
        { CHILD: '1', SW_DECOM: '1999-01-01', SW_DEC: '2000-01-09', SW_REASON: 'MANAGE' },
        { CHILD: '1', SW_DECOM: '2000-01-01', SW_DEC: '2000-01-10', SW_REASON: 'MANAGE' },
        { CHILD: '2', SW_DECOM: '2000-01-01', SW_DEC: '', SW_REASON: 'MANAGE' },
        { CHILD: '2', SW_DECOM: '2000-02-01', SW_DEC: '', SW_REASON: 'MANAGE' },
      ],
    },
    expect: { SWEpisodes: [1, 3] },
  },
  {
    description: 'a start within 7 days of the previous end passes',
    year,
    current: {
      SWEpisodes: [
        { CHILD: '1', SW_DECOM: '2000-01-10', SW_DEC: '2000-01-11', SW_REASON: 'MANAGE' },
        { CHILD: '1', SW_DECOM: '2000-01-18', SW_DEC: '2000-01-20', SW_REASON: 'MANAGE' },
      ],
    },
    expect: {},
  },
];

/** SW10STG2 (2023/24) — each social worker episode starts within 7 days of the previous one ending. */
export const ruleSW10STG2To2024: RuleDefinition = definition({ from: 2024, to: 2024 }, false, examples(2024));

/** SW10STG2 (from 2024/25) — as before, except when the reason is first contact / re-referral (FCONTA). */
export const ruleSW10STG2: RuleDefinition = definition({ from: 2025 }, true, [
  ...examples(2025),
  {
    description: 'a late start after first contact (FCONTA) passes',
    year: 2025,
    current: {
      SWEpisodes: [
        { CHILD: '1', SW_DECOM: '1999-01-01', SW_DEC: '2000-01-09', SW_REASON: 'MANAGE' },
        { CHILD: '1', SW_DECOM: '2001-01-01', SW_DEC: '', SW_REASON: 'FCONTA' },
      ],
    },
    expect: {},
  },
]);
