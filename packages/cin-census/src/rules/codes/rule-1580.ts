import type { ChildRuleDefinition } from '../rule.ts';

const ALPHANUMERIC = /^[A-Za-z0-9]+$/;

/** 1580 (from 2024/25) — an LAchildID may contain only letters and digits. */
export const rule1580: ChildRuleDefinition = {
  code: '1580',
  message: 'LA Child ID must not contain any non-alphanumeric characters',
  type: 'error',
  scope: 'child',
  fields: { ChildIdentifiers: ['LAchildID'] },
  years: { from: 2025 },
  check: ({ tables }) => {
    const id = tables.ChildIdentifiers[0]?.LAchildID ?? '';
    return id === '' || ALPHANUMERIC.test(id) ? undefined : { ChildIdentifiers: [0] };
  },
  examples: [
    {
      description: 'ids with punctuation or underscores are flagged',
      tables: {
        ChildIdentifiers: [{ LAchildID: 'child_fails_assessments' }, { LAchildID: 'AB12;' }],
      },
      expect: { ChildIdentifiers: [0, 1] },
    },
    {
      description: 'letters and digits pass (a missing id is rule 8500)',
      tables: { ChildIdentifiers: [{ LAchildID: 'DfEX0000001' }, { LAchildID: '' }] },
      expect: {},
    },
  ],
};
