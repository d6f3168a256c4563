import type { IsoDate } from '@waypoint/calendar';
import type { ChildTableName, ChildTables, HeaderRow, TableName } from '../tables.ts';

/** DfE rule type: errors must be fixed; queries (codes ending in Q) must be fixed or explained. */
export type RuleType = 'error' | 'query';

/** Some of a rule's fields on one row (when a row is only partly to blame, e.g. the later of two overlapping plans). */
export interface FlaggedCells {
  row: number;
  fields: readonly string[];
}

/**
 * The rows a rule flags: table → 0-based row indices (for a child rule, indices into that child's rows).
 * A number flags every field the rule reports for that table; {@link FlaggedCells} flags some of them.
 */
export type RuleFlags = Partial<Record<TableName, Array<number | FlaggedCells>>>;

/** The census period and pack a rule runs under. */
export interface CensusPeriod {
  /** Collection end year of the rule pack: 2026 = 2025/26. */
  readonly year: number;
  /** Census end date (the Header ReferenceDate, or 31 March of `year` when it is missing). */
  readonly referenceDate: IsoDate;
  /** ReferenceDate − 1 year + 1 day (1 April for a 31 March reference date). */
  readonly collectionStart: IsoDate;
  /** LA numbers recognised in UPNs besides DfE's list (rule 1530), e.g. a test or demo authority's. */
  readonly extraLaNumbers?: ReadonlySet<string>;
}

/** What a child-level rule sees: one child's rows plus the Header and census period. */
export interface ChildContext extends CensusPeriod {
  readonly header: HeaderRow;
  /** The child's rows, in document order. */
  readonly tables: ChildTables;
  /** Return-wide row index of the child's first row in each table. */
  readonly rowOffsets: Readonly<Record<ChildTableName, number>>;
  /** A value derived from the census period (e.g. a working-day threshold), computed once per run and shared. */
  periodValue(key: string, compute: () => string): string;
}

/** What a return-level rule sees before the first child. */
export interface ReturnContext extends CensusPeriod {
  readonly header: HeaderRow;
}

/** One flagged row of a return-level rule, with its return-wide row index. */
export interface ReturnRowFlag {
  table: TableName;
  row: number;
  child: string;
  /** Values of the flagged fields, for the issue list. */
  values?: Readonly<Record<string, string>>;
}

/** What a return-level rule reports after the last child. */
export interface ReturnOutcome {
  /** True when the rule fires about the return as a whole (no location; counts 1). */
  returnLevel?: boolean;
  /** Rows the rule flags across children (e.g. duplicate UPNs). */
  rows?: ReturnRowFlag[];
}

/** Keeps the small state a return-level rule needs while children stream past. */
export interface ReturnAccumulator {
  child?(ctx: ChildContext): void;
  finish(): ReturnOutcome;
}

/** A worked example: table rows (missing columns are blank) and the rows the rule must flag. */
export interface RuleExample {
  description: string;
  /** Collection end year; defaults to the first year the definition applies to. */
  year?: number;
  /** Header values; ReferenceDate defaults to 31 March of the year. */
  header?: Partial<Record<string, string>>;
  /** Rows of each table. Rows of one child share an LAchildID (default `'child1'`). */
  tables: { [T in ChildTableName]?: Array<Partial<Record<string, string>>> };
  /** Expected flags over the example's tables (return-wide rows; Header row 0). `{}` = passes. */
  expect: RuleFlags;
  /** Expected return-level outcome (return-level rules only); defaults to false. */
  expectReturnLevel?: boolean;
}

interface RuleBase {
  code: string;
  message: string;
  type: RuleType;
  /** Fields each flagged table reports: a flagged row counts one location per field. */
  fields: Partial<Record<TableName, readonly string[]>>;
  /** Collection end years this definition covers, inclusive; `to` omitted = still current. */
  years: { from: number; to?: number };
  /** At least one failing and one passing example; run by the rule test suite. */
  examples: readonly RuleExample[];
}

/** A rule checked on one child at a time. Must not throw on bad values. */
export interface ChildRuleDefinition extends RuleBase {
  scope: 'child';
  /** Returns the flagged rows of this child (indices into `ctx.tables`), or nothing. */
  check(ctx: ChildContext): RuleFlags | undefined;
}

/** A rule about the return as a whole, or comparing children (duplicates, proportions, the Header). */
export interface ReturnRuleDefinition extends RuleBase {
  scope: 'return';
  start(ctx: ReturnContext): ReturnAccumulator;
}

/**
 * One DfE CIN validation rule for a span of collection years. A code whose logic changed between years has
 * one definition per span; the registry picks the definition covering the year.
 */
export type RuleDefinition = ChildRuleDefinition | ReturnRuleDefinition;
