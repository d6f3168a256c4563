import { addYears } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';
import { validDate } from '../shared-400-plus.ts';

/** 3001 — a care leaver whose 17th birthday is in the year cannot be living with former foster carers (ACCOM Z1/Z2). */
export const rule3001: RuleDefinition = {
  code: '3001',
  message:
    'Where care leavers information is being returned for a young person around their 17th birthday, the accommodation cannot be with their former foster carer(s).',
  tables: ['OC3'],
  fields: ['REC'],
  years: { from: 2023 },
  needsTables: ['Header', 'OC3'],
  check: (ctx) => {
    const header = ctx.current.Header ?? [];
    const headerByChild = ctx.byChild('Header');
    const out: number[] = [];
    (ctx.current.OC3 ?? []).forEach((o, i) => {
      if (o.ACCOM !== 'Z1' && o.ACCOM !== 'Z2') return;
      const turns17 = (headerByChild.get(o.CHILD) ?? []).some((h) => {
        const dob = header[h]!.DOB;
        if (!validDate(dob)) return false;
        const dob17 = addYears(dob, 17);
        return dob17 >= ctx.collectionStart && dob17 <= ctx.collectionEnd;
      });
      if (turns17) out.push(i);
    });
    return { OC3: out };
  },
  examples: [
    {
      description: 'staying put (Z1) in the year of the 17th birthday is flagged',
      year: 2024,
      current: { Header: [{ CHILD: '1', DOB: '2007-03-16' }], OC3: [{ CHILD: '1', ACCOM: 'Z1' }] },
      expect: { OC3: [0] },
    },
    {
      description: 'Z1 in another year, or other accommodation, passes',
      year: 2024,
      current: {
        Header: [
          { CHILD: '1', DOB: '2006-03-16' },
          { CHILD: '2', DOB: '2007-03-16' },
        ],
        OC3: [
          { CHILD: '1', ACCOM: 'Z1' },
          { CHILD: '2', ACCOM: 'T1' },
        ],
      },
      expect: {},
    },
  ],
};
