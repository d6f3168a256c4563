import type { ChildRuleDefinition } from '../rule.ts';

/** 8525Q — exactly one of date of birth and expected date of birth should be given. */
export const rule8525Q: ChildRuleDefinition = {
  code: '8525Q',
  message: 'Either Date of Birth or Expected Date of Birth must be provided (but not both)',
  type: 'query',
  scope: 'child',
  fields: { ChildIdentifiers: ['PersonBirthDate', 'ExpectedPersonBirthDate'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    const child = tables.ChildIdentifiers[0];
    if (!child) return undefined;
    return (child.PersonBirthDate === '') !== (child.ExpectedPersonBirthDate === '')
      ? undefined
      : { ChildIdentifiers: [0] };
  },
  examples: [
    {
      description: 'both dates, or neither, are queried',
      tables: {
        ChildIdentifiers: [
          { LAchildID: 'a', PersonBirthDate: '2020-05-26', ExpectedPersonBirthDate: '2020-05-26' },
          { LAchildID: 'b' },
        ],
      },
      expect: { ChildIdentifiers: [0, 1] },
    },
    {
      description: 'one of the two passes',
      tables: {
        ChildIdentifiers: [
          { LAchildID: 'a', PersonBirthDate: '2020-05-26' },
          { LAchildID: 'b', ExpectedPersonBirthDate: '2023-05-26' },
        ],
      },
      expect: {},
    },
  ],
};
