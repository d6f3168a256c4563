import { addYears, isDate } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/**
 * 209 — a child of school age must not have UPN code UN1. School age: four or older on 31 August of the year
 * before the collection year starts (31/08/2022 for 2023/24).
 */
export const rule209: RuleDefinition = {
  code: '209',
  message: 'Child looked after is of school age and should not have an unknown Unique Pupil Number (UPN) code of UN1.',
  tables: ['Header'],
  fields: ['UPN', 'DOB'],
  years: { from: 2023 },
  needsTables: ['Header'],
  check: (ctx) => {
    const reference = `${ctx.year - 2}-08-31`;
    const out: number[] = [];
    (ctx.current.Header ?? []).forEach((row, i) => {
      if (row.UPN === 'UN1' && isDate(row.DOB) && addYears(row.DOB, 4) <= reference) out.push(i);
    });
    return { Header: out };
  },
  examples: [
    {
      description: 'UN1 for a child four on 31/08/2022 is flagged in 2023/24',
      year: 2024,
      current: { Header: [{ CHILD: '1', UPN: 'UN1', DOB: '2018-08-31' }] },
      expect: { Header: [0] },
    },
    {
      description: 'UN1 for a child four after 31/08/2022, and UN2 for an older child, pass',
      year: 2024,
      current: {
        Header: [
          { CHILD: '1', UPN: 'UN1', DOB: '2018-09-01' },
          { CHILD: '2', UPN: 'UN2', DOB: '2010-01-01' },
        ],
      },
      expect: {},
    },
  ],
};
