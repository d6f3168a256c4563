import type { RuleDefinition, RuleExample } from '../rule.ts';
import { rowRule } from '../shared-400-plus.ts';

const MESSAGE = 'Date of birth field has been completed but mother field indicates child is not a mother.';

const examples = (year: number, female: string): RuleExample[] => [
  {
    description: 'a girl with MC_DOB but MOTHER 0 or blank is flagged',
    year,
    current: {
      Header: [
        { CHILD: '1', SEX: female, MOTHER: '0', MC_DOB: '2016-02-19' },
        { CHILD: '2', SEX: female, MOTHER: '', MC_DOB: '2016-02-19' },
      ],
    },
    expect: { Header: [0, 1] },
  },
  {
    description: 'MOTHER 1 with MC_DOB passes',
    year,
    current: { Header: [{ CHILD: '1', SEX: female, MOTHER: '1', MC_DOB: '2016-02-19' }] },
    expect: {},
  },
];

/** 612 (to 2023/24) — a girl (SEX 2) with a child's date of birth must be recorded as a mother. */
export const rule612To2024: RuleDefinition = rowRule({
  code: '612',
  message: MESSAGE,
  table: 'Header',
  fields: ['SEX', 'MOTHER', 'MC_DOB'],
  years: { from: 2023, to: 2024 },
  fails: (h) => (h.MOTHER === '0' || h.MOTHER === '') && h.SEX === '2' && h.MC_DOB !== '',
  examples: examples(2024, '2'),
});

/** 612 (from 2024/25) — as before, with the SEX codes M/F/U. */
export const rule612: RuleDefinition = rowRule({
  code: '612',
  message: MESSAGE,
  table: 'Header',
  fields: ['SEX', 'MOTHER', 'MC_DOB'],
  years: { from: 2025 },
  fails: (h) => (h.MOTHER === '0' || h.MOTHER === '') && h.SEX === 'F' && h.MC_DOB !== '',
  examples: examples(2025, 'F'),
});
