import type { TableName } from '../../tables.ts';
import { dayOf } from '../helpers.ts';
import type { RuleDefinition } from '../rule.ts';

type CheckedTable = Exclude<TableName, 'Header' | 'Episodes'>;

/** Integrity checks INT11–INT18 (DOB) and INT21 (SEX): a child's rows must agree with their Header row. */
const CHECKS: ReadonlyArray<{ code: string; table: CheckedTable; field: 'DOB' | 'SEX' }> = [
  { code: 'INT11', table: 'AD1', field: 'DOB' },
  { code: 'INT12', table: 'PlacedAdoption', field: 'DOB' },
  { code: 'INT13', table: 'Missing', field: 'DOB' },
  { code: 'INT14', table: 'OC2', field: 'DOB' },
  { code: 'INT15', table: 'OC3', field: 'DOB' },
  { code: 'INT16', table: 'PrevPerm', field: 'DOB' },
  { code: 'INT17', table: 'Reviews', field: 'DOB' },
  { code: 'INT18', table: 'UASC', field: 'DOB' },
  { code: 'INT21', table: 'UASC', field: 'SEX' },
];

/** DOBs are compared as dates (both must be real dates); SEX as codes (both must be given). */
function differs(field: 'DOB' | 'SEX', a: string, b: string): boolean {
  if (a === b) return false;
  if (field === 'SEX') return a !== '' && b !== '';
  const da = dayOf(a);
  const db = dayOf(b);
  return da !== null && db !== null && da !== db;
}

function matchesHeader({ code, table, field }: (typeof CHECKS)[number]): RuleDefinition {
  const [good, bad] = field === 'DOB' ? ['2015-06-01', '2015-06-02'] : ['F', 'M'];
  return {
    code,
    message: `Internal Check: ${field} in ${table} is different to ${field} in Header.`,
    tables: [table],
    fields: [field],
    severity: 'integrity',
    years: { from: 2023 },
    needsTables: ['Header', table],
    check: (ctx) => {
      const headerRows = ctx.current.Header ?? [];
      const header = ctx.byChild('Header');
      const rows = (ctx.current[table] ?? []) as ReadonlyArray<{ CHILD: string } & Record<string, string>>;
      const out: number[] = [];
      rows.forEach((r, i) => {
        const matches = header.get(r.CHILD) ?? [];
        if (matches.some((h) => differs(field, headerRows[h]![field], r[field] ?? ''))) out.push(i);
      });
      return { [table]: out };
    },
    examples: [
      {
        description: `a ${table} row whose ${field} differs from Header is flagged`,
        current: { Header: [{ CHILD: '1', [field]: good }], [table]: [{ CHILD: '1', [field]: bad }] },
        expect: { [table]: [0] },
      },
      {
        description: `matching ${field}s pass, as do children missing from Header`,
        current: {
          Header: [{ CHILD: '1', [field]: good }],
          [table]: [
            { CHILD: '1', [field]: good },
            { CHILD: '2', [field]: bad },
          ],
        },
        expect: {},
      },
    ],
  };
}

/** INT11–INT18 and INT21 as rule definitions. */
export const matchesHeaderRules: readonly RuleDefinition[] = CHECKS.map(matchesHeader);
