import type { ChildTableName } from '../../tables.ts';
import { addFlag, outsidePeriod } from '../helpers.ts';
import type { ChildRuleDefinition, RuleExample, RuleFlags, RuleType } from '../rule.ts';

interface WithinYearSpec {
  code: string;
  message: string;
  type?: RuleType;
  table: ChildTableName;
  column: string;
  examples: RuleExample[];
}

/** A rule "when present, <column> must fall within the census year (both ends included)". */
export function withinCensusYear(spec: WithinYearSpec): ChildRuleDefinition {
  const { table, column } = spec;
  return {
    code: spec.code,
    message: spec.message,
    type: spec.type ?? 'error',
    scope: 'child',
    fields: { [table]: [column] },
    years: { from: 2023 },
    check: (ctx) => {
      let out: RuleFlags | undefined;
      const rows = ctx.tables[table] as ReadonlyArray<Readonly<Record<string, string>>>;
      rows.forEach((row, i) => {
        if (outsidePeriod(row[column] ?? '', ctx)) out = addFlag(out, table, i);
      });
      return out;
    },
    examples: spec.examples,
  };
}
