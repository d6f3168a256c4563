import type { ChildTableName } from '../../tables.ts';
import { addFlag } from '../helpers.ts';
import type { ChildRuleDefinition, RuleExample, RuleFlags, RuleType } from '../rule.ts';

interface AfterDeathSpec {
  code: string;
  message: string;
  type?: RuleType;
  table: ChildTableName;
  column: string;
  examples: RuleExample[];
}

/** A rule "when the child has a date of death, <column> must be on or before it" (flags both dates). */
export function notAfterDeath(spec: AfterDeathSpec): ChildRuleDefinition {
  const { table, column } = spec;
  return {
    code: spec.code,
    message: spec.message,
    type: spec.type ?? 'error',
    scope: 'child',
    fields: { ChildIdentifiers: ['PersonDeathDate'], [table]: [column] },
    years: { from: 2023 },
    check: ({ tables }) => {
      const death = tables.ChildIdentifiers[0]?.PersonDeathDate ?? '';
      if (death === '') return undefined;
      let out: RuleFlags | undefined;
      (tables[table] as ReadonlyArray<Readonly<Record<string, string>>>).forEach((row, i) => {
        const date = row[column] ?? '';
        if (date !== '' && date > death) out = addFlag(out, table, i);
      });
      if (out) out = addFlag(out, 'ChildIdentifiers', 0);
      return out;
    },
    examples: spec.examples,
  };
}

/** Examples for a date column of a table: one after the death (flagged), one on the day, and no death. */
export function afterDeathExamples(table: ChildTableName, column: string): RuleExample[] {
  return [
    {
      description: `${column} the day after the date of death is flagged with the date of death`,
      tables: {
        ChildIdentifiers: [{ PersonDeathDate: '2022-05-26' }],
        [table]: [{ [column]: '2022-05-26' }, { [column]: '2022-05-27' }],
      },
      expect: { ChildIdentifiers: [0], [table]: [1] },
    },
    {
      description: `${column} on the date of death, or a child who has not died, passes`,
      tables: {
        ChildIdentifiers: [{ LAchildID: 'a', PersonDeathDate: '2022-05-26' }, { LAchildID: 'b' }],
        [table]: [
          { LAchildID: 'a', [column]: '2022-05-26' },
          { LAchildID: 'b', [column]: '2022-09-01' },
        ],
      },
      expect: {},
    },
  ];
}
