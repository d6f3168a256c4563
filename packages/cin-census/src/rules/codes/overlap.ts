import { addFlag } from '../helpers.ts';
import type { ChildRuleDefinition, RuleExample, RuleFlags } from '../rule.ts';

interface OverlapSpec {
  code: string;
  message: string;
  table: 'ChildProtectionPlans' | 'CINplanDates';
  start: string;
  end: string;
  examples: RuleExample[];
}

/**
 * A rule "a child's plans of this kind cannot overlap": no plan may start on or after another plan's start and
 * on or before its end (or the reference date, when that plan is open). Compared across the child's episodes.
 * The later plan is flagged on its start date, the plan it falls within on its start and end dates.
 */
export function noOverlaps(spec: OverlapSpec): ChildRuleDefinition {
  const { table, start, end } = spec;
  return {
    code: spec.code,
    message: spec.message,
    type: 'error',
    scope: 'child',
    fields: { [table]: [start, end] },
    years: { from: 2023 },
    check: ({ tables, referenceDate }) => {
      const plans = tables[table] as ReadonlyArray<Readonly<Record<string, string>>>;
      if (plans.length < 2) return undefined;
      let out: RuleFlags | undefined;
      plans.forEach((plan, i) => {
        const s = plan[start] ?? '';
        if (s === '') return;
        plans.forEach((other, j) => {
          const os = other[start] ?? '';
          const oe = other[end] ?? '';
          if (i === j || os === '' || s < os) return;
          if (oe !== '' ? s > oe : s > referenceDate) return;
          out = addFlag(out, table, i, [start]);
          out = addFlag(out, table, j);
        });
      });
      return out;
    },
    examples: spec.examples,
  };
}
