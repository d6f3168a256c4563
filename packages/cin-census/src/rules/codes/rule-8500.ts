import type { ChildRuleDefinition } from '../rule.ts';

/** 8500 — every child needs an LAchildID. */
export const rule8500: ChildRuleDefinition = {
  code: '8500',
  message: 'LA Child ID missing',
  type: 'error',
  scope: 'child',
  fields: { ChildIdentifiers: ['LAchildID'] },
  years: { from: 2023 },
  check: ({ tables }) => ((tables.ChildIdentifiers[0]?.LAchildID ?? '') === '' ? { ChildIdentifiers: [0] } : undefined),
  examples: [
    {
      description: 'a child without an id is flagged',
      tables: { ChildIdentifiers: [{ LAchildID: '', UPN: 'A123456789012' }] },
      expect: { ChildIdentifiers: [0] },
    },
    {
      description: 'a child with an id passes',
      tables: { ChildIdentifiers: [{ LAchildID: 'DfEX0000001' }] },
      expect: {},
    },
  ],
};
