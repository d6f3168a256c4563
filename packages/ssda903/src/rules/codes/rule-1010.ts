import type { RuleDefinition } from '../rule.ts';
import { validDate } from '../shared-400-plus.ts';

/** 1010 — a care leaver whose episode was open at the end of last year must have episodes this year. */
export const rule1010: RuleDefinition = {
  code: '1010',
  message:
    'This child has no episodes loaded for current year even though there was an open episode of care at the end of the previous year, and care leaver data has been entered.',
  tables: ['OC3'],
  fields: ['IN_TOUCH', 'ACTIV', 'ACCOM'],
  years: { from: 2023 },
  needs: ['previous'],
  needsTables: ['Episodes', 'OC3'],
  check: (ctx) => {
    const last = ctx.previous?.Episodes ?? [];
    const lastByChild = ctx.byChild('Episodes', 'previous');
    const now = ctx.byChild('Episodes');
    // Last year's final episode: latest DECOM, the last row in the file among equal dates.
    const openAtEnd = (child: string) => {
      let final = -1;
      for (const i of lastByChild.get(child) ?? []) {
        const d = last[i]!.DECOM;
        if (validDate(d) && (final < 0 || d >= last[final]!.DECOM)) final = i;
      }
      return final >= 0 && last[final]!.DEC === '';
    };
    const out: number[] = [];
    (ctx.current.OC3 ?? []).forEach((o, i) => {
      if (!now.has(o.CHILD) && openAtEnd(o.CHILD)) out.push(i);
    });
    return { OC3: out };
  },
  examples: [
    {
      description: 'a care leaver with an open episode last year and none this year is flagged',
      current: { Episodes: [{ CHILD: '9' }], OC3: [{ CHILD: '1', IN_TOUCH: 'YES' }] },
      previous: {
        Episodes: [
          { CHILD: '1', DECOM: '2020-01-01', DEC: '2020-02-01' },
          { CHILD: '1', DECOM: '2020-11-11', DEC: '' },
        ],
      },
      expect: { OC3: [0] },
    },
    {
      description: 'an open episode that was not the latest, or episodes this year, pass',
      current: { Episodes: [{ CHILD: '2' }], OC3: [{ CHILD: '1' }, { CHILD: '2' }] },
      previous: {
        Episodes: [
          { CHILD: '1', DECOM: '2020-10-03', DEC: '' },
          { CHILD: '1', DECOM: '2020-11-11', DEC: '2021-03-14' },
          { CHILD: '2', DECOM: '2020-11-11', DEC: '' },
        ],
      },
      expect: {},
    },
  ],
};
