import type { TableName } from '../../tables.ts';
import type { RuleDefinition } from '../rule.ts';

/** Integrity checks INT01–INT09: every child in a table must have a Header row. */
const CHECKS: ReadonlyArray<{
  code: string;
  table: Exclude<TableName, 'Header'>;
  wording: 'Data Integrity' | 'Internal';
}> = [
  { code: 'INT01', table: 'AD1', wording: 'Data Integrity' },
  { code: 'INT02', table: 'PlacedAdoption', wording: 'Internal' },
  { code: 'INT03', table: 'Episodes', wording: 'Internal' },
  { code: 'INT04', table: 'Missing', wording: 'Internal' },
  { code: 'INT05', table: 'OC2', wording: 'Internal' },
  { code: 'INT06', table: 'OC3', wording: 'Internal' },
  { code: 'INT07', table: 'PrevPerm', wording: 'Internal' },
  { code: 'INT08', table: 'Reviews', wording: 'Internal' },
  { code: 'INT09', table: 'UASC', wording: 'Internal' },
];

function childInHeader({ code, table, wording }: (typeof CHECKS)[number]): RuleDefinition {
  return {
    code,
    message: `${wording} Check: Child in ${table} does not exist in Header.`,
    tables: [table],
    fields: ['CHILD'],
    severity: 'integrity',
    years: { from: 2023 },
    needsTables: ['Header', table],
    check: (ctx) => {
      const header = ctx.byChild('Header');
      const rows = (ctx.current[table] ?? []) as ReadonlyArray<{ CHILD: string }>;
      const out: number[] = [];
      rows.forEach((r, i) => {
        if (!header.has(r.CHILD)) out.push(i);
      });
      return { [table]: out };
    },
    examples: [
      {
        description: `a ${table} row for a child with no Header row is flagged`,
        current: { Header: [{ CHILD: '1' }], [table]: [{ CHILD: '1' }, { CHILD: '2' }] },
        expect: { [table]: [1] },
      },
      {
        description: `${table} rows for children in Header pass`,
        current: { Header: [{ CHILD: '1' }, { CHILD: '2' }], [table]: [{ CHILD: '1' }, { CHILD: '2' }] },
        expect: {},
      },
    ],
  };
}

/** INT01–INT09 as rule definitions. */
export const childInHeaderRules: readonly RuleDefinition[] = CHECKS.map(childInHeader);
