import type { ChildRuleDefinition } from '../rule.ts';

/** 1550 — character 13 of a 13-character UPN must be a digit or a capital letter other than I, O and S. */
export const rule1550: ChildRuleDefinition = {
  code: '1550',
  message: 'UPN invalid (character 13 not a recognised value)',
  type: 'error',
  scope: 'child',
  fields: { ChildIdentifiers: ['UPN'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    const upn = tables.ChildIdentifiers[0]?.UPN ?? '';
    if (upn.length !== 13 || /[0-9A-HJ-NP-RT-Z]/.test(upn[12]!)) return undefined;
    return { ChildIdentifiers: [0] };
  },
  examples: [
    {
      description: 'I, O or a lower-case letter at character 13 is flagged',
      tables: {
        ChildIdentifiers: [
          { LAchildID: 'a', UPN: '123456789123I' },
          { LAchildID: 'b', UPN: '123456789123O' },
          { LAchildID: 'c', UPN: 'A12345678912a' },
        ],
      },
      expect: { ChildIdentifiers: [0, 1, 2] },
    },
    {
      description: 'a digit or an allowed letter passes',
      tables: {
        ChildIdentifiers: [
          { LAchildID: 'a', UPN: '1234567891234' },
          { LAchildID: 'b', UPN: 'A12345678912Z' },
        ],
      },
      expect: {},
    },
  ],
};
