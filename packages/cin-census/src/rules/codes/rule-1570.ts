import type { ChildRuleDefinition } from '../rule.ts';

/** 1570 (from 2024/25) — an LAchildID cannot be longer than 20 characters. */
export const rule1570: ChildRuleDefinition = {
  code: '1570',
  message: 'LA Child ID must not be longer than 20 characters',
  type: 'error',
  scope: 'child',
  fields: { ChildIdentifiers: ['LAchildID'] },
  years: { from: 2025 },
  check: ({ tables }) =>
    (tables.ChildIdentifiers[0]?.LAchildID.length ?? 0) > 20 ? { ChildIdentifiers: [0] } : undefined,
  examples: [
    {
      description: 'a 21-character id is flagged',
      tables: { ChildIdentifiers: [{ LAchildID: 'X'.repeat(21) }] },
      expect: { ChildIdentifiers: [0] },
    },
    {
      description: 'a 20-character id passes',
      tables: { ChildIdentifiers: [{ LAchildID: 'X'.repeat(20) }] },
      expect: {},
    },
  ],
};
