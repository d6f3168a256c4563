import type { ChildIdentifiersRow } from '../../tables.ts';
import type { ReturnRuleDefinition, RuleExample } from '../rule.ts';

function make(
  message: string,
  years: { from: number; to?: number },
  notRecorded: (child: ChildIdentifiersRow) => boolean,
  examples: RuleExample[],
): ReturnRuleDefinition {
  return {
    code: '2886Q',
    message,
    type: 'query',
    scope: 'return',
    fields: { ChildIdentifiers: ['ExpectedPersonBirthDate'] },
    years,
    start: () => {
      let children = 0;
      let missing = 0;
      return {
        child: ({ tables }) => {
          const child = tables.ChildIdentifiers[0];
          if (!child) return;
          children++;
          if (child.ExpectedPersonBirthDate === '' && notRecorded(child)) missing++;
        },
        finish: () => ({ returnLevel: children > 0 && missing / children > 0.02 }),
      };
    },
    examples,
  };
}

const many = (n: number, row: Partial<Record<string, string>>) =>
  Array.from({ length: n }, (_, i) => ({ LAchildID: `c${i}`, ...row }));

/**
 * 2886Q (return level, to 2023/24) — more than 2% of born children (no expected date of birth) have gender
 * missing or 0 (not recorded). (The reference validator's version never fires: see README.)
 */
export const rule2886QGender = make(
  'Please check: Percentage of children with no gender recorded is more than 2% (excluding unborns)',
  { from: 2023, to: 2024 },
  (child) => child.GenderCurrent === '' || child.GenderCurrent === '0',
  [
    {
      description: '3 of 100 born children without gender raise the query',
      tables: {
        ChildIdentifiers: [...many(97, { GenderCurrent: '1' }), ...many(3, { GenderCurrent: '0' })].map((r, i) => ({
          ...r,
          LAchildID: `c${i}`,
        })),
      },
      expect: {},
      expectReturnLevel: true,
    },
    {
      description: '2 of 100, or unborn children without gender, pass',
      tables: {
        ChildIdentifiers: [
          ...many(96, { GenderCurrent: '2' }),
          ...many(2, { GenderCurrent: '' }),
          ...many(2, { GenderCurrent: '0', ExpectedPersonBirthDate: '2023-05-01' }),
        ].map((r, i) => ({ ...r, LAchildID: `c${i}` })),
      },
      expect: {},
    },
  ],
);

/** 2886Q (return level, from 2024/25) — more than 2% of born children have sex missing or U. */
export const rule2886QSex = make(
  'Please check and either amend or provide a reason: Percentage of children with no sex recorded is more than 2% (excluding unborns)',
  { from: 2025 },
  (child) => child.Sex === '' || child.Sex === 'U',
  [
    {
      description: 'children with only the old <GenderCurrent> count as having no sex recorded',
      tables: { ChildIdentifiers: many(10, { GenderCurrent: '1' }) },
      expect: {},
      expectReturnLevel: true,
    },
    {
      description: 'sex recorded as M or F passes',
      tables: { ChildIdentifiers: many(10, { Sex: 'F' }) },
      expect: {},
    },
  ],
);
