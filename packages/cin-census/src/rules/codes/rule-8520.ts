import type { ChildRuleDefinition } from '../rule.ts';

/** 8520 — a date of birth cannot be after the end of the census period. */
export const rule8520: ChildRuleDefinition = {
  code: '8520',
  message: 'Date of Birth is after data collection period (must be on or before the end of the census period)',
  type: 'error',
  scope: 'child',
  fields: { ChildIdentifiers: ['PersonBirthDate'] },
  years: { from: 2023 },
  check: ({ tables, referenceDate }) => {
    const dob = tables.ChildIdentifiers[0]?.PersonBirthDate ?? '';
    return dob !== '' && dob > referenceDate ? { ChildIdentifiers: [0] } : undefined;
  },
  examples: [
    {
      description: 'a birth after 31 March is flagged',
      tables: { ChildIdentifiers: [{ PersonBirthDate: '2023-04-01' }] },
      expect: { ChildIdentifiers: [0] },
    },
    {
      description: 'a birth on 31 March, or no date of birth, passes',
      tables: {
        ChildIdentifiers: [
          { LAchildID: 'a', PersonBirthDate: '2023-03-31' },
          { LAchildID: 'b', PersonBirthDate: '' },
        ],
      },
      expect: {},
    },
  ],
};
