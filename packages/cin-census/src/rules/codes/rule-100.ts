import type { ReturnRuleDefinition } from '../rule.ts';

/** 100 — the Header ReferenceDate must be present and be 31 March of the Header's collection Year. */
export const rule100: ReturnRuleDefinition = {
  code: '100',
  message: 'Reference Date is incorrect',
  type: 'error',
  scope: 'return',
  fields: { Header: ['ReferenceDate'] },
  years: { from: 2023 },
  start: (ctx) => ({
    finish: () => {
      const { ReferenceDate, Year } = ctx.header;
      const ok = ReferenceDate !== '' && /^\d{4}$/.test(Year) && ReferenceDate === `${Year}-03-31`;
      return ok ? {} : { rows: [{ table: 'Header', row: 0, child: '', values: { ReferenceDate } }] };
    },
  }),
  examples: [
    {
      description: 'a reference date that is not 31 March of the collection year is flagged',
      header: { Year: '2023', ReferenceDate: '2024-03-31' },
      tables: {},
      expect: { Header: [0] },
    },
    {
      description: 'a missing reference date is flagged',
      header: { Year: '2023', ReferenceDate: '' },
      tables: {},
      expect: { Header: [0] },
    },
    {
      description: '31 March of the collection year passes',
      header: { Year: '2023', ReferenceDate: '2023-03-31' },
      tables: {},
      expect: {},
    },
  ],
};
