import { SEX_CODES_FROM_2025, SEX_CODES_TO_2024 } from '../code-lists.ts';
import { eachRow } from '../each-row.ts';
import { invalidCode } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

/** 101 (to 2023/24) — SEX must be 1 (male) or 2 (female); blank is invalid. */
export const rule101To2024: RuleDefinition = {
  code: '101',
  message: 'Gender code is not valid.',
  tables: ['Header'],
  fields: ['SEX'],
  years: { from: 2023, to: 2024 },
  needsTables: ['Header'],
  ...eachRow('Header', invalidCode('SEX', SEX_CODES_TO_2024, { blankIsInvalid: true })),
  examples: [
    {
      description: 'M, a blank and 3 are not 2023/24 codes',
      current: {
        Header: [
          { CHILD: '1', SEX: 'M' },
          { CHILD: '2', SEX: '' },
          { CHILD: '3', SEX: '3' },
        ],
      },
      expect: { Header: [0, 1, 2] },
    },
    {
      description: '1 and 2 are valid',
      current: {
        Header: [
          { CHILD: '1', SEX: '1' },
          { CHILD: '2', SEX: '2' },
        ],
      },
      expect: {},
    },
  ],
};

/** 101 (from 2024/25) — the child's reported sex must be M, F or U. */
export const rule101From2025: RuleDefinition = {
  code: '101',
  message: 'The child or young person’s reported sex is not valid.',
  tables: ['Header'],
  fields: ['SEX'],
  years: { from: 2025 },
  needsTables: ['Header'],
  ...eachRow('Header', invalidCode('SEX', SEX_CODES_FROM_2025, { blankIsInvalid: true })),
  examples: [
    {
      description: 'the old codes 1 and 2 are no longer valid',
      current: {
        Header: [
          { CHILD: '1', SEX: '1' },
          { CHILD: '2', SEX: '2' },
          { CHILD: '3', SEX: '' },
        ],
      },
      expect: { Header: [0, 1, 2] },
    },
    {
      description: 'M, F and U are valid',
      current: {
        Header: [
          { CHILD: '1', SEX: 'M' },
          { CHILD: '2', SEX: 'F' },
          { CHILD: '3', SEX: 'U' },
        ],
      },
      expect: {},
    },
  ],
};
