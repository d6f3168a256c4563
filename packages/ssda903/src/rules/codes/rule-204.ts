import type { RuleDefinition } from '../rule.ts';
import { childRows } from '../shared-200-399.ts';

/** 204 — ETHNIC must agree with the ethnic origin recorded for the same child last year. */
export const rule204: RuleDefinition = {
  code: '204',
  message: 'Ethnic origin code disagrees with the ethnic origin already recorded for this child.',
  tables: ['Header'],
  fields: ['ETHNIC'],
  years: { from: 2023 },
  needs: ['previous'],
  needsTables: ['Header'],
  check: (ctx) => {
    const headerLastRows = childRows(ctx, 'Header', 'previous');
    const header = ctx.current.Header ?? [];
    const last = ctx.previous?.Header;
    if (!last) return {};
    const out: number[] = [];
    header.forEach((row, i) => {
      if (headerLastRows(row.CHILD).some((j) => last[j]!.ETHNIC !== row.ETHNIC)) out.push(i);
    });
    return { Header: out };
  },
  examples: [
    {
      description: 'WBRI this year after NOBT last year is flagged',
      current: { Header: [{ CHILD: '1', ETHNIC: 'WBRI' }] },
      previous: { Header: [{ CHILD: '1', ETHNIC: 'NOBT' }] },
      expect: { Header: [0] },
    },
    {
      description: 'the same code in both years passes',
      current: { Header: [{ CHILD: '1', ETHNIC: 'BCRB' }] },
      previous: { Header: [{ CHILD: '1', ETHNIC: 'BCRB' }] },
      expect: {},
    },
  ],
};
