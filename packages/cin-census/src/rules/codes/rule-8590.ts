import type { ChildRuleDefinition } from '../rule.ts';

/** 8590 — every child must have at least one CIN episode. */
export const rule8590: ChildRuleDefinition = {
  code: '8590',
  message: 'Child does not have a recorded CIN episode.',
  type: 'error',
  scope: 'child',
  fields: { ChildIdentifiers: ['LAchildID'] },
  years: { from: 2023 },
  check: ({ tables }) =>
    tables.CINdetails.length === 0 && tables.ChildIdentifiers.length > 0 ? { ChildIdentifiers: [0] } : undefined,
  examples: [
    {
      description: 'a child without CINdetails is flagged',
      tables: { ChildIdentifiers: [{ LAchildID: 'a' }, { LAchildID: 'b' }], CINdetails: [{ LAchildID: 'a' }] },
      expect: { ChildIdentifiers: [1] },
    },
    {
      description: 'a child with an episode passes',
      tables: { ChildIdentifiers: [{ LAchildID: 'a' }], CINdetails: [{ LAchildID: 'a' }] },
      expect: {},
    },
  ],
};
