import { addYears } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';
import { validDate } from '../shared-400-plus.ts';

/** 460 — "staying put" (REC E17) is only for young people aged 18 or over when the episode ends. */
export const rule460: RuleDefinition = {
  code: '460',
  message:
    'Reason episode ceased is that child stayed with current carers at age 18 (or above), but child is aged under 18.',
  tables: ['Episodes'],
  fields: ['DEC', 'REC'],
  years: { from: 2023 },
  needsTables: ['Episodes', 'Header'],
  check: (ctx) => {
    const header = ctx.current.Header ?? [];
    const headerByChild = ctx.byChild('Header');
    const out: number[] = [];
    (ctx.current.Episodes ?? []).forEach((e, i) => {
      if (e.REC !== 'E17' || !validDate(e.DEC)) return;
      const under18 = (headerByChild.get(e.CHILD) ?? []).some((h) => {
        const dob = header[h]!.DOB;
        return validDate(dob) && addYears(dob, 18) > e.DEC;
      });
      if (under18) out.push(i);
    });
    return { Episodes: out };
  },
  examples: [
    {
      description: 'E17 the day before the 18th birthday is flagged',
      current: {
        Header: [{ CHILD: '1', DOB: '2002-09-23' }],
        Episodes: [{ CHILD: '1', DEC: '2020-09-22', REC: 'E17' }],
      },
      expect: { Episodes: [0] },
    },
    {
      description: 'E17 on the 18th birthday passes',
      current: {
        Header: [{ CHILD: '1', DOB: '2002-09-23' }],
        Episodes: [{ CHILD: '1', DEC: '2020-09-23', REC: 'E17' }],
      },
      expect: {},
    },
  ],
};
