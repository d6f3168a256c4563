import type { ChildRuleDefinition } from '../rule.ts';

/**
 * 8510 — each LAchildID must be unique across the return. Rows sharing an id belong to one child record, so a
 * child with more than one ChildIdentifiers row breaks the rule; every such row is flagged. The XML reader
 * already refuses a file in which two `<Child>` elements share an id (the import needs unique keys), so on XML
 * input this rule only fires for tables built by other routes.
 */
export const rule8510: ChildRuleDefinition = {
  code: '8510',
  message: 'More than one child record with the same LA Child ID',
  type: 'error',
  scope: 'child',
  fields: { ChildIdentifiers: ['LAchildID'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    const n = tables.ChildIdentifiers.length;
    if (n < 2 || tables.ChildIdentifiers[0]!.LAchildID === '') return undefined;
    return { ChildIdentifiers: Array.from({ length: n }, (_, i) => i) };
  },
  examples: [
    {
      description: 'two identifier rows with one id are both flagged',
      tables: {
        ChildIdentifiers: [
          { LAchildID: 'a', UPN: 'A123456789012' },
          { LAchildID: 'a', UPN: 'B123456789012' },
          { LAchildID: 'b' },
        ],
      },
      expect: { ChildIdentifiers: [0, 1] },
    },
    {
      description: 'distinct ids pass',
      tables: { ChildIdentifiers: [{ LAchildID: 'a' }, { LAchildID: 'b' }] },
      expect: {},
    },
  ],
};
