import type { TableName } from '../../tables.ts';
import type { RuleDefinition } from '../rule.ts';

/** Integrity checks INT31–INT36: tables that hold one row per child. */
const CHECKS: ReadonlyArray<{ code: string; table: TableName }> = [
  { code: 'INT31', table: 'AD1' },
  { code: 'INT32', table: 'Header' },
  { code: 'INT33', table: 'OC2' },
  { code: 'INT34', table: 'OC3' },
  { code: 'INT35', table: 'PrevPerm' },
  { code: 'INT36', table: 'UASC' },
];

function oneRowPerChild({ code, table }: (typeof CHECKS)[number]): RuleDefinition {
  return {
    code,
    message: `Internal Check: Child should only exist once in ${table}.`,
    tables: [table],
    fields: ['CHILD'],
    severity: 'integrity',
    years: { from: 2023 },
    needsTables: [table],
    check: (ctx) => {
      const out: number[] = [];
      for (const rows of ctx.byChild(table).values()) if (rows.length > 1) out.push(...rows);
      return { [table]: out };
    },
    examples: [
      {
        description: `every row of a child who appears twice in ${table} is flagged`,
        current: { [table]: [{ CHILD: '1' }, { CHILD: '2' }, { CHILD: '1' }] },
        expect: { [table]: [0, 2] },
      },
      {
        description: 'one row per child passes',
        current: { [table]: [{ CHILD: '1' }, { CHILD: '2' }] },
        expect: {},
      },
    ],
  };
}

/** INT31–INT36 as rule definitions. */
export const oneRowPerChildRules: readonly RuleDefinition[] = CHECKS.map(oneRowPerChild);
