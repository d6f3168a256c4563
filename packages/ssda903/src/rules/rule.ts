import type { IsoDate } from '@waypoint/calendar';
import type { TableName, Tables } from '../tables.ts';

/**
 * What a rule needs beyond this year's files; a rule whose needs are not met is reported "not run: needs …".
 * `xml`: the rule checks a value only an XML return carries (e.g. the UASC flag, derived in CSV returns).
 */
export type RuleNeed = 'previous' | 'providers' | 'postcodes' | 'laCode' | 'xml';

/** A table of this year's return, or of last year's (`<Table>_last`). */
export type FlaggedTable = TableName | `${TableName}_last`;

/** The rows a rule flags: table → 0-based row indices (each row at most once). */
export type RuleFlags = Partial<Record<FlaggedTable, number[]>>;

/** Severity of a rule: DfE errors, queries (possible false positives; "[NOTE]" rules, 231, 232), tool integrity checks. */
export type RuleSeverity = 'error' | 'query' | 'integrity';

/** One Ofsted-registered setting or agency from the provider lists. */
export interface ProviderRecord {
  urn: string;
  /** Placement codes the URN is registered for (e.g. K2, K3, U1…). */
  placeCodes: readonly string[];
  /** Placement provider codes (PR0–PR5) recorded for the URN. */
  providerCodes: readonly string[];
  /** Date registration ended (closed/deregistered), ISO; undefined while registered. */
  registrationEnd?: IsoDate;
  /** Setting postcode, upper case without spaces. */
  postcode?: string;
  /** Local authority name as written in the provider list. */
  laName?: string;
  /** Upper-tier LA code inferred from the setting postcode (when a postcode reference is available). */
  laCode?: string;
}

/** Provider lists merged and indexed by URN. */
export interface ProviderIndex {
  get(urn: string): ProviderRecord | undefined;
  readonly size: number;
}

/** Everything a rule can see. Grouping helpers are memoised, so many rules share one pass over the data. */
export interface RuleContext {
  /** Collection end year: 2026 = 2025/26. */
  readonly year: number;
  /** 1 April of the collection year. */
  readonly collectionStart: IsoDate;
  /** 31 March of the collection year. */
  readonly collectionEnd: IsoDate;
  readonly current: Tables;
  /** Last year's return (`_last` tables), when supplied. */
  readonly previous?: Tables;
  readonly providers?: ProviderIndex;
  /** Upper-tier GSS code of the returning authority (e.g. E06009901), when supplied. */
  readonly laCode?: string;
  /** True when PL_LA / PL_LOCATION / PL_DISTANCE were derived from a postcode reference. */
  readonly postcodesApplied: boolean;
  /** Layout this year's return was read from, when known. */
  readonly format?: 'csv' | 'xml';
  /** Row indices of a table grouped by CHILD, in file order. Empty map when the table is absent. */
  byChild(table: TableName, which?: 'current' | 'previous'): ReadonlyMap<string, readonly number[]>;
  /** Each child's Episodes row indices sorted by DECOM (invalid dates last), then file order. */
  episodesByChild(which?: 'current' | 'previous'): ReadonlyMap<string, readonly number[]>;
  /** Computes a value once per validation run and shares it between rules. */
  memo<T>(key: string, compute: () => T): T;
}

/** A worked example: rows (missing columns are blank) and the rows the rule must flag (`{}` = passes). */
export interface RuleExample {
  description: string;
  /** Collection end year for the example; defaults to the first year the definition applies to. */
  year?: number;
  current: { [T in TableName]?: Array<Partial<Record<string, string>>> };
  previous?: { [T in TableName]?: Array<Partial<Record<string, string>>> };
  /** Provider records for lookup rules. */
  providers?: ProviderRecord[];
  laCode?: string;
  /** Expected flags. An empty object means no row is flagged. */
  expect: RuleFlags;
}

/** The row type of a table. */
export type RowOf<T extends TableName> = NonNullable<Tables[T]>[number];

/**
 * A rule that judges each row of one of this year's tables on the row's own values (and the context): the engine
 * runs every such rule of a table together, in one pass over the table's rows.
 */
export interface RowCheck<T extends TableName = TableName> {
  table: T;
  /** True when the row fails the rule. */
  fails: (row: RowOf<T>, ctx: RuleContext) => boolean;
}

/**
 * One DfE (or tool integrity) validation rule for a span of collection years. A code whose logic changed
 * between years has one definition per span; the registry picks the definition covering the year.
 */
export interface RuleDefinition {
  code: string;
  message: string;
  /** Tables the rule reports on. */
  tables: readonly TableName[];
  /** Fields shown as affected in the report. */
  fields: readonly string[];
  severity?: RuleSeverity;
  /** Collection end years this definition covers, inclusive; `to` omitted = still current. */
  years: { from: number; to?: number };
  needs?: readonly RuleNeed[];
  /** Tables of this year's return without which the rule cannot run (reported "not run: needs …"). */
  needsTables?: readonly TableName[];
  /** Returns the flagged rows; must not throw on bad values (treat invalid dates/codes as the rule defines). */
  check(ctx: RuleContext): RuleFlags;
  /** Set when the rule judges each row of one table on its own (`eachRow`): `check` then does the same alone. */
  rowCheck?: RowCheck;
  /** At least one failing and one passing example; run by the rule test suite. */
  examples: readonly RuleExample[];
}
