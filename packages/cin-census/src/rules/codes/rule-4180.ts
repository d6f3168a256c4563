import type { ChildRuleDefinition } from '../rule.ts';

/** 4180 (to 2023/24) — GenderCurrent must be present and one of 0, 1, 2, 9. */
export const rule4180Gender: ChildRuleDefinition = {
  code: '4180',
  message: 'Gender is missing',
  type: 'error',
  scope: 'child',
  fields: { ChildIdentifiers: ['GenderCurrent'] },
  years: { from: 2023, to: 2024 },
  check: ({ tables }) => {
    const gender = tables.ChildIdentifiers[0]?.GenderCurrent ?? '';
    return ['0', '1', '2', '9'].includes(gender) ? undefined : { ChildIdentifiers: [0] };
  },
  examples: [
    {
      description: 'a missing or invalid gender is flagged (a Sex element does not count before 2024/25)',
      tables: {
        ChildIdentifiers: [
          { LAchildID: 'a', GenderCurrent: '' },
          { LAchildID: 'b', GenderCurrent: '7' },
          { LAchildID: 'c', GenderCurrent: '', Sex: 'M' },
        ],
      },
      expect: { ChildIdentifiers: [0, 1, 2] },
    },
    {
      description: 'codes 0, 1, 2 and 9 pass',
      tables: {
        ChildIdentifiers: ['0', '1', '2', '9'].map((g) => ({ LAchildID: `c${g}`, GenderCurrent: g })),
      },
      expect: {},
    },
  ],
};

/** 4180 (from 2024/25) — Sex must be present and one of M, F, U. */
export const rule4180Sex: ChildRuleDefinition = {
  code: '4180',
  message: 'Sex must be provided and equal M, F, or U',
  type: 'error',
  scope: 'child',
  fields: { ChildIdentifiers: ['Sex'] },
  years: { from: 2025 },
  check: ({ tables }) => {
    const sex = tables.ChildIdentifiers[0]?.Sex ?? '';
    return sex === 'M' || sex === 'F' || sex === 'U' ? undefined : { ChildIdentifiers: [0] };
  },
  examples: [
    {
      description: 'a missing sex, an old gender code in <Sex>, or only <GenderCurrent> is flagged',
      tables: {
        ChildIdentifiers: [
          { LAchildID: 'a', Sex: '' },
          { LAchildID: 'b', Sex: '1' },
          { LAchildID: 'c', GenderCurrent: '1' },
        ],
      },
      expect: { ChildIdentifiers: [0, 1, 2] },
    },
    {
      description: 'M, F and U pass',
      tables: { ChildIdentifiers: ['M', 'F', 'U'].map((s) => ({ LAchildID: s, Sex: s })) },
      expect: {},
    },
  ],
};
