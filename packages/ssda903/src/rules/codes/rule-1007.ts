import { addYears } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';
import { validDate } from '../shared-400-plus.ts';

/**
 * 1007 — no care leaver information for a 17- or 18-year-old who was still looked after on their latest birthday.
 * Deviation from the reference: the reference only counts an episode that has ended after the birthday, so a young
 * person whose episode is still open is missed; Waypoint counts an open episode as still looked after. A birthday
 * on 29 February is taken as 28 February in other years (the reference cannot compute it and fails).
 */
export const rule1007: RuleDefinition = {
  code: '1007',
  message:
    'Care leaver information is not required for 17- or 18-year olds who are still looked after [on their 17th or 18th birthday.]',
  tables: ['OC3'],
  fields: ['IN_TOUCH', 'ACTIV', 'ACCOM'],
  years: { from: 2023 },
  needsTables: ['Episodes', 'OC3'],
  check: (ctx) => {
    const end = ctx.collectionEnd;
    const endYear = Number(end.slice(0, 4));
    const episodes = ctx.current.Episodes ?? [];
    const episodesByChild = ctx.byChild('Episodes');
    const out: number[] = [];
    (ctx.current.OC3 ?? []).forEach((o, i) => {
      if (o.IN_TOUCH === '' && o.ACTIV === '' && o.ACCOM === '') return;
      if (!validDate(o.DOB) || addYears(o.DOB, 17) > end || addYears(o.DOB, 19) <= end) return;
      const dobYear = Number(o.DOB.slice(0, 4));
      let birthday = addYears(o.DOB, endYear - dobYear);
      if (birthday > end) birthday = addYears(o.DOB, endYear - dobYear - 1);
      const inCare = (episodesByChild.get(o.CHILD) ?? []).some((j) => {
        const e = episodes[j]!;
        return validDate(e.DECOM) && e.DECOM <= birthday && (!validDate(e.DEC) || e.DEC > birthday);
      });
      if (inCare) out.push(i);
    });
    return { OC3: out };
  },
  examples: [
    {
      description: 'a 17-year-old looked after on their birthday (episode ended later, or still open) is flagged',
      year: 2025,
      current: {
        OC3: [
          { CHILD: 'F', DOB: '2008-02-01', IN_TOUCH: 'YES' },
          { CHILD: 'G', DOB: '2008-02-01', IN_TOUCH: 'YES' },
        ],
        Episodes: [
          { CHILD: 'F', DECOM: '2023-02-01', DEC: '2025-03-01' },
          { CHILD: 'G', DECOM: '2023-02-01', DEC: '' },
        ],
      },
      expect: { OC3: [0, 1] },
    },
    {
      description: 'a young person who left care before their birthday passes',
      year: 2025,
      current: {
        OC3: [{ CHILD: 'H', DOB: '2008-02-01', IN_TOUCH: 'YES' }],
        Episodes: [{ CHILD: 'H', DECOM: '2023-02-01', DEC: '2025-01-01' }],
      },
      expect: {},
    },
  ],
};
