import type { ChildTableName } from '../../tables.ts';
import { addFlag } from '../helpers.ts';
import type { ChildRuleDefinition, RuleExample, RuleFlags } from '../rule.ts';

interface CodeListSpec {
  code: string;
  message: string;
  table: ChildTableName;
  column: string;
  codes: ReadonlySet<string>;
  /** True: a blank value is flagged too; false: only present values are checked. */
  required: boolean;
  examples: RuleExample[];
}

/** A rule "<column> must be one of these codes" (and present, when `required`). */
export function codeListRule(spec: CodeListSpec): ChildRuleDefinition {
  const { table, column, codes, required } = spec;
  return {
    code: spec.code,
    message: spec.message,
    type: 'error',
    scope: 'child',
    fields: { [table]: [column] },
    years: { from: 2023 },
    check: ({ tables }) => {
      let out: RuleFlags | undefined;
      (tables[table] as ReadonlyArray<Readonly<Record<string, string>>>).forEach((row, i) => {
        const value = row[column] ?? '';
        if (value === '' ? required : !codes.has(value)) out = addFlag(out, table, i);
      });
      return out;
    },
    examples: spec.examples,
  };
}

/** Examples for a code-list rule: the invalid values are flagged, the valid (and blank, if optional) pass. */
export function codeListExamples(
  table: ChildTableName,
  column: string,
  invalid: readonly string[],
  valid: readonly string[],
): RuleExample[] {
  const rows = (values: readonly string[]) => values.map((v, i) => ({ LAchildID: `c${i}`, [column]: v }));
  return [
    {
      description: `${column} ${invalid.map((v) => (v === '' ? 'blank' : `"${v}"`)).join(', ')} is flagged`,
      tables: { [table]: rows(invalid) },
      expect: { [table]: invalid.map((_, i) => i) },
    },
    {
      description: `${column} ${valid.map((v) => (v === '' ? 'blank' : `"${v}"`)).join(', ')} passes`,
      tables: { [table]: rows(valid) },
      expect: {},
    },
  ];
}
