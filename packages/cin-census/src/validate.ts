import type { IsoDate } from '@waypoint/calendar';
import { CinInputError } from './errors.ts';
import { type CinInput, inputSize } from './read/input.ts';
import { streamCensus } from './read/stream-census.ts';
import { censusPeriod } from './rules/context.ts';
import { type FlagSink, RuleRunner } from './rules/engine.ts';
import { rulesForYear, SUPPORTED_YEARS } from './rules/registry.ts';
import type { RuleDefinition, RuleType } from './rules/rule.ts';
import { emptyRow, type HeaderRow, type TableName } from './tables.ts';

/** One flagged location: a cell (child, table, row, column), or a return-level finding (nulls). */
export interface CinIssue {
  /** LAchildID; null for a return-level finding or the Header. */
  child: string | null;
  table: TableName;
  /** 0-based row of the table in document order; null for a return-level finding. */
  row: number | null;
  column: string | null;
  rule: string;
  type: RuleType;
  /** The cell's value, when known. */
  value?: string;
}

/** Progress while validating a stream. */
export interface CinProgress {
  childrenRead: number;
  bytesRead?: number;
  totalBytes?: number;
}

/** Options for {@link validateCensus}. */
export interface ValidateCensusOptions {
  /** Collection end year of the rule pack (one of {@link SUPPORTED_YEARS}). */
  year: number;
  /** Called every few thousand children and at the end. */
  onProgress?: (progress: CinProgress) => void;
  /** Size of a streamed input, for progress (whole inputs know their size). */
  totalBytes?: number;
  /** Most issues kept in `issues` (counts are always complete); default 500,000. */
  maxIssues?: number;
  /** Extra LA numbers to accept in UPNs (rule 1530), for an authority missing from DfE's list. */
  extraLaNumbers?: readonly string[];
}

/** The outcome of validating one return. */
export interface CinValidationResult {
  year: number;
  referenceDate: IsoDate;
  collectionStart: IsoDate;
  header: HeaderRow;
  childrenRead: number;
  /** Every rule of the pack, in code order. */
  rulesRun: string[];
  /** Rules that raised an exception (a defect in the rule), with the first message. */
  rulesFailed: Record<string, string>;
  /** Rule → flagged locations (child, table, column, row); a return-level finding counts 1. Every rule run appears. */
  flaggedLocationsByRule: Record<string, number>;
  /** Rule → flagged records (table, row); a return-level finding counts 1. */
  flaggedRecordsByRule: Record<string, number>;
  issues: CinIssue[];
  /** True when more than `maxIssues` issues were found and the list was cut (counts stay complete). */
  issuesTruncated: boolean;
}

const PROGRESS_EVERY = 5000;

/**
 * Streams a CIN census XML through the DfE rules of one collection year: each child is validated as it is
 * read, return-level rules keep only small state (e.g. UPNs for duplicates). Throws {@link CinInputError}
 * when the file cannot be read.
 */
export async function validateCensus(input: CinInput, options: ValidateCensusOptions): Promise<CinValidationResult> {
  const { year, onProgress } = options;
  const extra = new Set(options.extraLaNumbers ?? []);
  if (!(SUPPORTED_YEARS as readonly number[]).includes(year)) {
    throw new CinInputError(
      `unknown collection year ${year}: rule packs exist for ${SUPPORTED_YEARS.join(', ')} (2026 = 2025/26) — choose one of those`,
    );
  }
  const rules = rulesForYear(year);
  const totalBytes = options.totalBytes ?? inputSize(input);
  const maxIssues = options.maxIssues ?? 500_000;
  const collector = new IssueCollector(rules, maxIssues);
  let runner: RuleRunner | null = null;
  let header: HeaderRow = emptyRow('Header');
  let childrenRead = 0;
  let bytesRead = 0;
  // The reader always reports the Header (possibly empty) before the first child.
  for await (const event of streamCensus(input, { onBytes: (n) => (bytesRead = n) })) {
    if (event.type === 'header') {
      header = event.header;
      runner = new RuleRunner(rules, { ...censusPeriod(year, header), header, extraLaNumbers: extra }, collector);
      continue;
    }
    runner ??= new RuleRunner(rules, { ...censusPeriod(year, header), header, extraLaNumbers: extra }, collector);
    runner.child(event.child);
    childrenRead++;
    if (onProgress && childrenRead % PROGRESS_EVERY === 0) onProgress({ childrenRead, bytesRead, totalBytes });
  }
  runner ??= new RuleRunner(rules, { ...censusPeriod(year, header), header, extraLaNumbers: extra }, collector);
  runner.finish();
  onProgress?.({ childrenRead, bytesRead, totalBytes });
  const period = censusPeriod(year, header);
  return {
    year,
    referenceDate: period.referenceDate,
    collectionStart: period.collectionStart,
    header,
    childrenRead,
    rulesRun: rules.map((r) => r.code),
    rulesFailed: runner.failed,
    flaggedLocationsByRule: collector.locations,
    flaggedRecordsByRule: collector.records,
    issues: collector.issues,
    issuesTruncated: collector.truncated,
  };
}

/** Counts locations and records per rule and keeps the issue list (up to a limit). */
class IssueCollector implements FlagSink {
  readonly locations: Record<string, number> = {};
  readonly records: Record<string, number> = {};
  readonly issues: CinIssue[] = [];
  truncated = false;

  constructor(
    rules: readonly RuleDefinition[],
    private readonly maxIssues: number,
  ) {
    for (const rule of rules) {
      this.locations[rule.code] = 0;
      this.records[rule.code] = 0;
    }
  }

  row(
    rule: RuleDefinition,
    child: string,
    table: TableName,
    row: number,
    fields: readonly string[],
    values?: Readonly<Record<string, string>>,
  ): void {
    this.records[rule.code] = (this.records[rule.code] ?? 0) + 1;
    this.locations[rule.code] = (this.locations[rule.code] ?? 0) + fields.length;
    for (const column of fields) {
      if (this.issues.length >= this.maxIssues) {
        this.truncated = true;
        return;
      }
      const issue: CinIssue = {
        child: table === 'Header' ? null : child,
        table,
        row,
        column,
        rule: rule.code,
        type: rule.type,
      };
      const value = values?.[column];
      if (value !== undefined) issue.value = value;
      this.issues.push(issue);
    }
  }

  returnLevel(rule: RuleDefinition): void {
    this.records[rule.code] = (this.records[rule.code] ?? 0) + 1;
    this.locations[rule.code] = (this.locations[rule.code] ?? 0) + 1;
    if (this.issues.length >= this.maxIssues) {
      this.truncated = true;
      return;
    }
    const table = (Object.keys(rule.fields)[0] ?? 'Header') as TableName;
    this.issues.push({ child: null, table, row: null, column: null, rule: rule.code, type: rule.type });
  }
}
