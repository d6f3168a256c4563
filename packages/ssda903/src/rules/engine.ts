import type { TableName } from '../tables.ts';
import { createRuleContext, type RuleContextInput } from './context.ts';
import { runRowChecks } from './each-row.ts';
import type { FlaggedTable, RuleDefinition, RuleFlags, RuleNeed } from './rule.ts';

/** Outcome of running a rule pack. */
export interface RuleRunOutcome {
  rulesRun: string[];
  /** Rule code → why it did not run ("needs last year's return", "needs table OC2" …). */
  rulesNotRun: Record<string, string>;
  /** Rule code → the error a rule raised (a defect: reported, never silently passed). */
  rulesFailed: Record<string, string>;
  /** Rule code → flagged rows, normalised (sorted, unique, empty tables removed). */
  flags: Record<string, RuleFlags>;
}

const NEED_TEXT: Record<RuleNeed, string> = {
  previous: "needs last year's return",
  providers: 'needs the Ofsted provider lists',
  postcodes: 'needs the postcode and authority reference files',
  laCode: "needs the authority's code",
  xml: 'applies to XML returns only',
};

function unmetNeed(rule: RuleDefinition, input: RuleContextInput): string | null {
  for (const need of rule.needs ?? []) {
    if (need === 'previous' && !input.previous) return NEED_TEXT.previous;
    if (need === 'providers' && !input.providers) return NEED_TEXT.providers;
    if (need === 'postcodes' && !input.postcodesApplied) return NEED_TEXT.postcodes;
    if (need === 'laCode' && !input.laCode) return NEED_TEXT.laCode;
    if (need === 'xml' && input.format !== 'xml') return NEED_TEXT.xml;
  }
  const missing = (rule.needsTables ?? []).filter((t) => !input.current[t]);
  if (missing.length > 0) return `needs table ${missing.join(', ')}`;
  return null;
}

/** True when the rows are in ascending order with no repeats (what most rules return). */
function strictlyAscending(rows: readonly number[]): boolean {
  for (let i = 1; i < rows.length; i++) if (rows[i]! <= rows[i - 1]!) return false;
  return true;
}

/** Sorts and de-duplicates flagged rows and drops tables with none. */
export function normaliseFlags(flags: RuleFlags): RuleFlags {
  const out: RuleFlags = {};
  for (const [table, rows] of Object.entries(flags) as Array<[FlaggedTable, number[] | undefined]>) {
    if (!rows || rows.length === 0) continue;
    out[table] = strictlyAscending(rows) ? rows : [...new Set(rows)].sort((a, b) => a - b);
  }
  return out;
}

/**
 * Runs rules over one return (and last year's), reporting progress after each rule. Rules that judge each row of
 * a table on its own (`rowCheck`) run together, one pass over the table for all of them, when the first of them
 * comes up; the others run one by one, sharing the context's memoised groupings.
 */
export function runRules(
  rules: readonly RuleDefinition[],
  input: RuleContextInput,
  onProgress?: (done: number, total: number, code: string) => void,
): RuleRunOutcome {
  const ctx = createRuleContext(input);
  const outcome: RuleRunOutcome = { rulesRun: [], rulesNotRun: {}, rulesFailed: {}, flags: {} };
  const unmet = new Map(rules.map((rule) => [rule, unmetNeed(rule, input)] as const));
  const rowResults = new Map<RuleDefinition, RuleFlags | Error>();
  const runTogether = (table: TableName) => {
    const together = rules.filter((r) => r.rowCheck?.table === table && unmet.get(r) === null);
    const results = runRowChecks(
      ctx,
      table,
      together.map((r) => r.rowCheck!),
    );
    for (let k = 0; k < together.length; k++) rowResults.set(together[k]!, results[k]!);
  };
  rules.forEach((rule, i) => {
    const reason = unmet.get(rule);
    if (reason) {
      outcome.rulesNotRun[rule.code] = reason;
    } else {
      try {
        let flags: RuleFlags | Error;
        if (rule.rowCheck) {
          if (!rowResults.has(rule)) runTogether(rule.rowCheck.table);
          flags = rowResults.get(rule)!;
          if (flags instanceof Error) throw flags;
        } else flags = rule.check(ctx);
        outcome.flags[rule.code] = normaliseFlags(flags);
        outcome.rulesRun.push(rule.code);
      } catch (error) {
        outcome.rulesFailed[rule.code] = error instanceof Error ? error.message : String(error);
      }
    }
    onProgress?.(i + 1, rules.length, rule.code);
  });
  return outcome;
}
