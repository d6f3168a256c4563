import { addYears } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';
import { validDate } from '../shared-400-plus.ts';

/**
 * 1016 (from 2023/24) — no care leaver information for a 17- or 18-year-old (at 31 March) whose care ended on or
 * after their 17th birthday.
 * Deviation from the reference: the reference measures ages in years of 365.2425 days; Waypoint uses calendar
 * birthdays (the two differ only within a day of a birthday).
 */
export const rule1016: RuleDefinition = {
  code: '1016',
  message:
    'Care leaver information is not required for 17- or 18-year olds who cease to be looked after, after their birthday.',
  tables: ['OC3'],
  fields: ['IN_TOUCH', 'ACTIV', 'ACCOM'],
  years: { from: 2024 },
  needsTables: ['Episodes', 'OC3'],
  check: (ctx) => {
    const end = ctx.collectionEnd;
    const episodes = ctx.current.Episodes ?? [];
    const episodesByChild = ctx.byChild('Episodes');
    const out: number[] = [];
    (ctx.current.OC3 ?? []).forEach((o, i) => {
      if (o.IN_TOUCH === '' && o.ACTIV === '' && o.ACCOM === '') return;
      if (!validDate(o.DOB) || addYears(o.DOB, 17) > end || addYears(o.DOB, 19) <= end) return;
      const birthday17 = addYears(o.DOB, 17);
      const leftAfter = (episodesByChild.get(o.CHILD) ?? []).some((j) => {
        const dec = episodes[j]!.DEC;
        return validDate(dec) && dec >= birthday17;
      });
      if (leftAfter) out.push(i);
    });
    return { OC3: out };
  },
  examples: [
    {
      description: 'a 17-year-old whose episode ended after the 17th birthday is flagged',
      year: 2025,
      current: {
        OC3: [{ CHILD: '1', DOB: '2007-09-01', IN_TOUCH: 'YES' }],
        Episodes: [{ CHILD: '1', DEC: '2024-09-02' }],
      },
      expect: { OC3: [0] },
    },
    {
      description: 'care ending before the 17th birthday, or a 16-year-old, passes',
      year: 2025,
      current: {
        OC3: [
          { CHILD: '1', DOB: '2007-09-01', IN_TOUCH: 'YES' },
          { CHILD: '2', DOB: '2008-09-01', IN_TOUCH: 'YES' },
        ],
        Episodes: [
          { CHILD: '1', DEC: '2024-08-31' },
          { CHILD: '2', DEC: '2025-01-01' },
        ],
      },
      expect: {},
    },
  ],
};
