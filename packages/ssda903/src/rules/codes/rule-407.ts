import { addYears } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';
import { validDate } from '../shared-400-plus.ts';

const SGO = new Set(['E45', 'E46', 'E47', 'E48']);

/** 407 — a special guardianship order cannot be the reason an episode ended after the 18th birthday. */
export const rule407: RuleDefinition = {
  code: '407',
  message: 'Reason episode ceased is Special Guardianship Order, but child has reached age 18.',
  tables: ['Episodes', 'Header'],
  fields: ['DEC', 'DOB', 'REC'],
  years: { from: 2023 },
  needsTables: ['Episodes', 'Header'],
  check: (ctx) => {
    const header = ctx.current.Header ?? [];
    const headerByChild = ctx.byChild('Header');
    const episodes: number[] = [];
    const headers: number[] = [];
    (ctx.current.Episodes ?? []).forEach((e, i) => {
      if (!SGO.has(e.REC) || !validDate(e.DEC)) return;
      for (const h of headerByChild.get(e.CHILD) ?? []) {
        const dob = header[h]!.DOB;
        if (validDate(dob) && addYears(dob, 18) < e.DEC) {
          episodes.push(i);
          headers.push(h);
        }
      }
    });
    return { Episodes: episodes, Header: headers };
  },
  examples: [
    {
      description: 'an SGO exit after the 18th birthday flags the episode and the header',
      current: {
        Header: [{ CHILD: '1', DOB: '2000-01-01' }],
        Episodes: [{ CHILD: '1', DEC: '2018-01-02', REC: 'E46' }],
      },
      expect: { Episodes: [0], Header: [0] },
    },
    {
      description: 'an SGO exit on the 18th birthday passes',
      current: {
        Header: [{ CHILD: '1', DOB: '2000-01-01' }],
        Episodes: [{ CHILD: '1', DEC: '2018-01-01', REC: 'E45' }],
      },
      expect: {},
    },
  ],
};
