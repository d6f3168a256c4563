import type { RuleDefinition } from '../rule.ts';
import { childRows } from '../shared-200-399.ts';

/**
 * 303 — a child with a date UASC status ceased (DUC) must be coded UASC = 1 in Header. Flags the UASC row and
 * the child's Header row.
 */
export const rule303: RuleDefinition = {
  code: '303',
  message: 'If date Unaccompanied Asylum-Seeking Child (UASC) status ceased is not null, UASC status must be coded 1.',
  tables: ['UASC', 'Header'],
  fields: ['DUC', 'UASC'],
  years: { from: 2023 },
  needsTables: ['UASC', 'Header'],
  check: (ctx) => {
    const uascRows = childRows(ctx, 'UASC');
    const uasc = ctx.current.UASC ?? [];
    const out = { UASC: [] as number[], Header: [] as number[] };
    (ctx.current.Header ?? []).forEach((h, i) => {
      if (Number(h.UASC) === 1) return;
      const withDuc = uascRows(h.CHILD).filter((j) => uasc[j]!.DUC !== '');
      if (withDuc.length === 0) return;
      out.Header.push(i);
      out.UASC.push(...withDuc);
    });
    return out;
  },
  examples: [
    {
      description: 'a DUC for a child with UASC 0 in Header is flagged in both tables',
      current: {
        Header: [{ CHILD: '1', UASC: '0' }],
        UASC: [{ CHILD: '1', DUC: '2020-06-01' }],
      },
      expect: { UASC: [0], Header: [0] },
    },
    {
      description: 'a DUC for a UASC child, and a UASC row without DUC, pass',
      current: {
        Header: [
          { CHILD: '1', UASC: '1' },
          { CHILD: '2', UASC: '0' },
        ],
        UASC: [
          { CHILD: '1', DUC: '2021-04-04' },
          { CHILD: '2', DUC: '' },
        ],
      },
      expect: {},
    },
  ],
};
