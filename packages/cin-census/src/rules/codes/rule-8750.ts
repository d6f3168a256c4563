import type { ChildIdentifiersRow } from '../../tables.ts';
import type { ChildRuleDefinition, RuleExample } from '../rule.ts';

function make(
  message: string,
  field: 'GenderCurrent' | 'Sex',
  unbornValue: string,
  years: { from: number; to?: number },
  examples: RuleExample[],
): ChildRuleDefinition {
  return {
    code: '8750',
    message,
    type: 'error',
    scope: 'child',
    fields: { ChildIdentifiers: [field, 'PersonBirthDate', 'ExpectedPersonBirthDate'] },
    years,
    check: ({ tables }) => {
      const child: ChildIdentifiersRow | undefined = tables.ChildIdentifiers[0];
      if (!child) return undefined;
      if (child.PersonBirthDate !== '' || child.ExpectedPersonBirthDate === '') return undefined;
      return child[field] === unbornValue ? undefined : { ChildIdentifiers: [0] };
    },
    examples,
  };
}

/** 8750 (to 2023/24) — an unborn child (expected date of birth, no date of birth) must have gender 0. */
export const rule8750Gender = make(
  'Gender must equal 0 for an unborn child',
  'GenderCurrent',
  '0',
  { from: 2023, to: 2024 },
  [
    {
      description: 'an unborn child with gender 1 or 2 is flagged',
      tables: {
        ChildIdentifiers: [
          { LAchildID: 'a', ExpectedPersonBirthDate: '2023-05-25', GenderCurrent: '2' },
          { LAchildID: 'b', ExpectedPersonBirthDate: '2023-05-25', GenderCurrent: '1' },
        ],
      },
      expect: { ChildIdentifiers: [0, 1] },
    },
    {
      description: 'an unborn child with gender 0, and a born child with gender 1, pass',
      tables: {
        ChildIdentifiers: [
          { LAchildID: 'a', ExpectedPersonBirthDate: '2023-05-25', GenderCurrent: '0' },
          { LAchildID: 'b', PersonBirthDate: '2020-05-25', ExpectedPersonBirthDate: '2020-05-26', GenderCurrent: '1' },
        ],
      },
      expect: {},
    },
  ],
);

/** 8750 (from 2024/25) — an unborn child must have sex U. */
export const rule8750Sex = make('Sex must equal U for an unborn child', 'Sex', 'U', { from: 2025 }, [
  {
    description: 'an unborn child with sex F is flagged',
    tables: { ChildIdentifiers: [{ ExpectedPersonBirthDate: '2025-05-25', Sex: 'F' }] },
    expect: { ChildIdentifiers: [0] },
  },
  {
    description: 'an unborn child with sex U passes',
    tables: { ChildIdentifiers: [{ ExpectedPersonBirthDate: '2025-05-25', Sex: 'U' }] },
    expect: {},
  },
]);
