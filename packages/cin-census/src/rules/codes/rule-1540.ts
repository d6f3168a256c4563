import type { ChildRuleDefinition } from '../rule.ts';

/** 1540 — characters 5–12 of a UPN, when present, must all be digits. */
export const rule1540: ChildRuleDefinition = {
  code: '1540',
  message: 'UPN invalid (characters 5-12 not all numeric)',
  type: 'error',
  scope: 'child',
  fields: { ChildIdentifiers: ['UPN'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    const upn = tables.ChildIdentifiers[0]?.UPN ?? '';
    return upn === '' || /^\d*$/.test(upn.slice(4, 12)) ? undefined : { ChildIdentifiers: [0] };
  },
  examples: [
    {
      description: 'letters among characters 5–12 are flagged',
      tables: {
        ChildIdentifiers: [
          { LAchildID: 'a', UPN: 'X0000y0000000' },
          { LAchildID: 'b', UPN: 'x0000000er00e0' },
        ],
      },
      expect: { ChildIdentifiers: [0, 1] },
    },
    {
      description: 'digits there (a letter at 13 is rule 1550), or no UPN, pass',
      tables: {
        ChildIdentifiers: [
          { LAchildID: 'a', UPN: 'X000000000000' },
          { LAchildID: 'b', UPN: 'X00000000000A' },
          { LAchildID: 'c', UPN: '' },
        ],
      },
      expect: {},
    },
  ],
};
