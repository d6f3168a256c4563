import type { ChildRuleDefinition } from '../rule.ts';

/** 8535Q — a date of death should not be before the date of birth. */
export const rule8535Q: ChildRuleDefinition = {
  code: '8535Q',
  message: 'Child’s date of death should not be prior to the date of birth',
  type: 'query',
  scope: 'child',
  fields: { ChildIdentifiers: ['PersonDeathDate', 'PersonBirthDate'] },
  years: { from: 2023 },
  check: ({ tables }) => {
    const child = tables.ChildIdentifiers[0];
    if (!child || child.PersonDeathDate === '' || child.PersonBirthDate === '') return undefined;
    return child.PersonDeathDate < child.PersonBirthDate ? { ChildIdentifiers: [0] } : undefined;
  },
  examples: [
    {
      description: 'a death the day before the birth is queried',
      tables: { ChildIdentifiers: [{ PersonBirthDate: '2000-05-26', PersonDeathDate: '2000-05-25' }] },
      expect: { ChildIdentifiers: [0] },
    },
    {
      description: 'a death on or after the birth, or no death, passes',
      tables: {
        ChildIdentifiers: [
          { LAchildID: 'a', PersonBirthDate: '2000-05-26', PersonDeathDate: '2000-05-26' },
          { LAchildID: 'b', PersonBirthDate: '2000-05-26' },
        ],
      },
      expect: {},
    },
  ],
};
