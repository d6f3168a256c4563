import { eachRow } from '../each-row.ts';
import type { RuleDefinition } from '../rule.ts';

/** 232 (from 2024/25, query) — SEX recorded as U (unknown) is queried. */
export const rule232: RuleDefinition = {
  code: '232',
  message: 'Sex of the child/young person has been reported as unknown.',
  tables: ['Header'],
  fields: ['SEX'],
  severity: 'query',
  years: { from: 2025 },
  needsTables: ['Header'],
  ...eachRow('Header', (h) => h.SEX === 'U'),
  examples: [
    {
      description: 'SEX U is queried',
      current: { Header: [{ CHILD: '1', SEX: 'U' }] },
      expect: { Header: [0] },
    },
    {
      description: 'SEX M and F pass',
      current: {
        Header: [
          { CHILD: '1', SEX: 'M' },
          { CHILD: '2', SEX: 'F' },
        ],
      },
      expect: {},
    },
  ],
};
