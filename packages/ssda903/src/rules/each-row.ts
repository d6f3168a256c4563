import type { TableName } from '../tables.ts';
import type { RowCheck, RowOf, RuleContext, RuleDefinition, RuleFlags } from './rule.ts';

/**
 * The `check` and `rowCheck` of a rule that flags each row of one of this year's tables on the row's own values:
 * `...eachRow('Episodes', (e) => e.DECOM === e.DEC)`. The engine runs all such rules of a table in one pass over
 * its rows (each row read once for all of them), which on a national return is several times faster than one
 * pass per rule; `check` gives the same flags for one rule alone (examples, single-rule runs).
 */
export function eachRow<T extends TableName>(
  table: T,
  fails: (row: RowOf<T>, ctx: RuleContext) => boolean,
): Pick<RuleDefinition, 'check' | 'rowCheck'> {
  const rowCheck = { table, fails } as unknown as RowCheck;
  return {
    rowCheck,
    check: (ctx) => runRowChecks(ctx, table, [rowCheck])[0] as RuleFlags,
  };
}

/**
 * Runs row checks of one table together: one pass over the rows, every check on each row. Returns, per check, its
 * flags or the error it raised (a check that throws is not asked again).
 */
export function runRowChecks(
  ctx: RuleContext,
  table: TableName,
  checks: readonly RowCheck[],
): Array<RuleFlags | Error> {
  const rows = (ctx.current[table] ?? []) as readonly unknown[];
  const fails = checks.map((c) => c.fails as (row: unknown, ctx: RuleContext) => boolean);
  const flagged: number[][] = checks.map(() => []);
  const errors: Array<Error | undefined> = checks.map(() => undefined);
  const n = fails.length;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    for (let k = 0; k < n; k++) {
      if (errors[k] !== undefined) continue;
      try {
        if (fails[k]!(row, ctx)) flagged[k]!.push(i);
      } catch (error) {
        errors[k] = error instanceof Error ? error : new Error(String(error));
      }
    }
  }
  return checks.map((_, k) => errors[k] ?? { [table]: flagged[k]! });
}
