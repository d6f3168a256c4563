import { describe, expect, it } from 'vitest';
import { allRuleDefinitions } from '../src/rules/codes/index.ts';
import { censusPeriod } from '../src/rules/context.ts';
import { childRecordsFromTables, headerWith, RuleRunner } from '../src/rules/engine.ts';
import type { RuleDefinition, RuleExample } from '../src/rules/rule.ts';
import { CHILD_TABLES, type ChildTables, emptyChildTables, emptyRow, type TableName } from '../src/tables.ts';

/** Id columns default to the first child / episode / assessment / plan so examples stay short. */
const ID_DEFAULTS: Record<string, string> = { LAchildID: 'child1', CINdetailsID: '1', AssessmentID: '1', CPPID: '1' };

function fillTables(partial: RuleExample['tables']): ChildTables {
  const tables = emptyChildTables();
  for (const table of CHILD_TABLES) {
    const target = tables[table] as Array<Record<string, string>>;
    for (const given of partial[table] ?? []) {
      const row: Record<string, string> = emptyRow(table);
      for (const [column, value] of Object.entries(ID_DEFAULTS)) if (column in row) row[column] = value;
      for (const [column, value] of Object.entries(given)) {
        if (!(column in row)) throw new Error(`${table} has no column ${column}`);
        row[column] = value ?? '';
      }
      target.push(row);
    }
  }
  return tables;
}

function runExample(
  rule: RuleDefinition,
  example: RuleExample,
  year: number,
): { flags: Partial<Record<TableName, number[]>>; returnLevel: boolean } {
  const header = headerWith({ Year: String(year), ReferenceDate: `${year}-03-31`, ...example.header });
  const flags: Partial<Record<TableName, number[]>> = {};
  let returnLevel = false;
  const runner = new RuleRunner(
    [rule],
    { ...censusPeriod(year, header), header },
    {
      row: (_rule, _child, table: TableName, row, fields) => {
        expect(fields.length).toBeGreaterThan(0);
        const rows = flags[table] ?? [];
        rows.push(row);
        flags[table] = rows;
      },
      returnLevel: () => {
        returnLevel = true;
      },
    },
  );
  for (const record of childRecordsFromTables(fillTables(example.tables))) runner.child(record);
  runner.finish();
  expect(runner.failed).toEqual({});
  for (const rows of Object.values(flags)) rows?.sort((a, b) => a - b);
  return { flags, returnLevel };
}

describe.each(
  allRuleDefinitions.map((rule) => [`${rule.code} (${rule.years.from}–${rule.years.to ?? ''})`, rule] as const),
)('rule %s', (_, rule) => {
  it('has at least one failing and one passing example', () => {
    const fails = (e: RuleExample) => Object.keys(e.expect).length > 0 || e.expectReturnLevel === true;
    expect(rule.examples.some(fails)).toBe(true);
    expect(rule.examples.some((e) => !fails(e))).toBe(true);
  });

  it.each(rule.examples.map((e) => [e.description, e] as const))('%s', (_, example) => {
    const year = example.year ?? rule.years.from;
    expect(year).toBeGreaterThanOrEqual(rule.years.from);
    if (rule.years.to !== undefined) expect(year).toBeLessThanOrEqual(rule.years.to);
    const { flags, returnLevel } = runExample(rule, example, year);
    const expected: Partial<Record<TableName, number[]>> = {};
    for (const [table, entries] of Object.entries(example.expect)) {
      const rows = (entries ?? []).map((e) => (typeof e === 'number' ? e : e.row));
      if (rows.length > 0) expected[table as TableName] = [...new Set(rows)].sort((a, b) => a - b);
    }
    expect(flags).toEqual(expected);
    expect(returnLevel).toBe(example.expectReturnLevel ?? false);
    for (const table of Object.keys(flags)) expect(rule.fields[table as TableName]?.length ?? 0).toBeGreaterThan(0);
  });
});
