import { addFlag, isWeekend } from '../helpers.ts';
import type { ChildRuleDefinition, RuleExample, RuleFlags, RuleType } from '../rule.ts';

/** A rule "an S47 date column must not fall on a Saturday or Sunday". */
export function notAtWeekend(spec: {
  code: string;
  message: string;
  type: RuleType;
  column: 'DateOfInitialCPC' | 'InitialCPCtarget';
  examples: RuleExample[];
}): ChildRuleDefinition {
  const { column } = spec;
  return {
    code: spec.code,
    message: spec.message,
    type: spec.type,
    scope: 'child',
    fields: { Section47: [column] },
    years: { from: 2023 },
    check: ({ tables }) => {
      let out: RuleFlags | undefined;
      tables.Section47.forEach((s, i) => {
        if (s[column] !== '' && isWeekend(s[column])) out = addFlag(out, 'Section47', i);
      });
      return out;
    },
    examples: spec.examples,
  };
}
