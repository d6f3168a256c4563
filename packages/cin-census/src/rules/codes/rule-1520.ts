import type { ReturnRowFlag, ReturnRuleDefinition } from '../rule.ts';

/** The first child seen with a UPN (a small fixed-shape object: one per distinct UPN is kept). */
class FirstHolder {
  constructor(
    readonly row: number,
    readonly child: string,
  ) {}
}

/**
 * 1520 (across the return) — each UPN must be unique across all children. Every child carrying a repeated
 * UPN is flagged. Keeps one entry per distinct UPN while the children stream past.
 */
export const rule1520: ReturnRuleDefinition = {
  code: '1520',
  message: 'More than one record with the same UPN',
  type: 'error',
  scope: 'return',
  fields: { ChildIdentifiers: ['UPN'] },
  years: { from: 2023 },
  start: () => {
    /** UPN → the first holder's row and LAchildID, or `null` once it has been flagged. */
    const first = new Map<string, FirstHolder | null>();
    const rows: ReturnRowFlag[] = [];
    const flag = (upn: string, row: number, child: string): ReturnRowFlag => ({
      table: 'ChildIdentifiers',
      row,
      child,
      values: { UPN: upn },
    });
    return {
      child: ({ tables, rowOffsets }) => {
        const identifiers = tables.ChildIdentifiers[0];
        const upn = identifiers?.UPN ?? '';
        if (upn === '') return;
        const row = rowOffsets.ChildIdentifiers;
        const earlier = first.get(upn);
        if (earlier === undefined) {
          first.set(upn, new FirstHolder(row, identifiers!.LAchildID));
          return;
        }
        if (earlier) rows.push(flag(upn, earlier.row, earlier.child));
        first.set(upn, null);
        rows.push(flag(upn, row, identifiers!.LAchildID));
      },
      finish: () => ({ rows: rows.sort((a, b) => a.row - b.row) }),
    };
  },
  examples: [
    {
      description: 'every child sharing a UPN is flagged',
      tables: {
        ChildIdentifiers: [
          { LAchildID: 'a', UPN: 'A123456789012' },
          { LAchildID: 'b', UPN: 'B123456789012' },
          { LAchildID: 'c', UPN: 'A123456789012' },
          { LAchildID: 'd', UPN: 'A123456789012' },
        ],
      },
      expect: { ChildIdentifiers: [0, 2, 3] },
    },
    {
      description: 'distinct UPNs, and children without a UPN, pass',
      tables: {
        ChildIdentifiers: [
          { LAchildID: 'a', UPN: 'A123456789012' },
          { LAchildID: 'b', UPN: '' },
          { LAchildID: 'c', UPN: '' },
        ],
      },
      expect: {},
    },
  ],
};
