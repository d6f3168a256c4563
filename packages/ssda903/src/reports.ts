import { compareRuleCodes } from './rules/registry.ts';
import type { RuleSeverity } from './rules/rule.ts';
import type { TableName } from './tables.ts';
import { type Issue, selectRules, type ValidationResult } from './validate.ts';

/** A rule of a year's pack, for reports and the rule catalogue screen. */
export interface CatalogueEntry {
  code: string;
  message: string;
  tables: readonly TableName[];
  fields: readonly string[];
  severity: RuleSeverity;
}

/** The rules of a collection year's pack (code order). Throws for an unsupported year. */
export function ruleCatalogue(year: number): CatalogueEntry[] {
  return selectRules(year).map((r) => ({
    code: r.code,
    message: r.message,
    tables: r.tables,
    fields: r.fields,
    severity: r.severity ?? 'error',
  }));
}

/** One line of the "by rule" report. */
export interface RuleSummary extends CatalogueEntry {
  status: 'run' | 'not run' | 'failed';
  /** Why the rule did not run, or the error it raised. */
  reason?: string;
  /** Rows flagged (0 when the rule did not run). */
  flaggedRows: number;
  /** Children with at least one flagged row. */
  children: number;
}

/** The "by rule" report: every rule of the pack with its status and counts, in code order. */
export function summariseByRule(result: ValidationResult): RuleSummary[] {
  const childrenByRule = new Map<string, Set<string>>();
  for (const issue of result.issues) {
    const set = childrenByRule.get(issue.rule);
    if (set) set.add(issue.child);
    else childrenByRule.set(issue.rule, new Set([issue.child]));
  }
  const selected = new Set([
    ...result.rulesRun,
    ...Object.keys(result.rulesNotRun),
    ...Object.keys(result.rulesFailed),
  ]);
  return ruleCatalogue(result.year)
    .filter((entry) => selected.has(entry.code))
    .map((entry) => {
      const failed = result.rulesFailed[entry.code];
      const notRun = result.rulesNotRun[entry.code];
      return {
        ...entry,
        status: failed !== undefined ? 'failed' : notRun !== undefined ? 'not run' : 'run',
        ...(failed !== undefined || notRun !== undefined ? { reason: failed ?? notRun } : {}),
        flaggedRows: result.flaggedRowsByRule[entry.code] ?? 0,
        children: childrenByRule.get(entry.code)?.size ?? 0,
      } satisfies RuleSummary;
    });
}

/** One child of the "by child" report. */
export interface ChildIssues {
  child: string;
  /** The child's issues, by table, row and rule. */
  issues: Issue[];
  /** Issues per rule code for this child. */
  byRule: Record<string, number>;
}

/** The "by child" report: children with issues, by child id, each with their issues in table, row, rule order. */
export function issuesByChild(result: ValidationResult): ChildIssues[] {
  const byChild = new Map<string, Issue[]>();
  for (const issue of result.issues) {
    const list = byChild.get(issue.child);
    if (list) list.push(issue);
    else byChild.set(issue.child, [issue]);
  }
  return [...byChild.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([child, issues]) => {
      issues.sort((a, b) =>
        a.table !== b.table
          ? a.table < b.table
            ? -1
            : 1
          : a.row !== b.row
            ? a.row - b.row
            : compareRuleCodes(a.rule, b.rule),
      );
      const byRule: Record<string, number> = {};
      for (const issue of issues) byRule[issue.rule] = (byRule[issue.rule] ?? 0) + 1;
      return { child, issues, byRule };
    });
}
