import type { CinChildRecord } from '../read/census-builder.ts';
import {
  CHILD_TABLES,
  type ChildTableName,
  type ChildTables,
  emptyChildTables,
  emptyRow,
  type HeaderRow,
  type TableName,
} from '../tables.ts';
import type {
  ChildContext,
  ChildRuleDefinition,
  FlaggedCells,
  ReturnAccumulator,
  ReturnContext,
  ReturnRuleDefinition,
  RuleDefinition,
  RuleFlags,
} from './rule.ts';

/** Receives every flagged row (with its return-wide index) and every return-level finding. */
export interface FlagSink {
  row(
    rule: RuleDefinition,
    child: string,
    table: TableName,
    row: number,
    fields: readonly string[],
    values?: Readonly<Record<string, string>>,
  ): void;
  returnLevel(rule: RuleDefinition): void;
}

/**
 * Runs a rule pack over a stream of children: child rules run on each child as it arrives, return-level
 * rules keep their own small state and report at the end. A rule that throws is recorded in `failed`
 * (a defect to fix: never silently passed) and skipped for that child.
 */
export class RuleRunner {
  /** Rule code → the first error it raised. */
  readonly failed: Record<string, string> = {};
  private readonly childRules: ChildRuleDefinition[] = [];
  private readonly accumulators: Array<{ rule: ReturnRuleDefinition; acc: ReturnAccumulator }> = [];
  private readonly periodValues = new Map<string, string>();
  private readonly periodValue = (key: string, compute: () => string): string => {
    let value = this.periodValues.get(key);
    if (value === undefined) {
      value = compute();
      this.periodValues.set(key, value);
    }
    return value;
  };

  constructor(
    rules: readonly RuleDefinition[],
    private readonly context: ReturnContext,
    private readonly sink: FlagSink,
  ) {
    for (const rule of rules) {
      if (rule.scope === 'child') {
        this.childRules.push(rule);
      } else {
        try {
          this.accumulators.push({ rule, acc: rule.start(context) });
        } catch (error) {
          this.recordFailure(rule, error);
        }
      }
    }
  }

  /** Validates one child. */
  child(record: CinChildRecord): void {
    const c = this.context;
    const ctx: ChildContext = {
      year: c.year,
      referenceDate: c.referenceDate,
      collectionStart: c.collectionStart,
      extraLaNumbers: c.extraLaNumbers,
      header: c.header,
      tables: record.tables,
      rowOffsets: record.rowOffsets,
      periodValue: this.periodValue,
    };
    for (const rule of this.childRules) {
      let flags: RuleFlags | undefined;
      try {
        flags = rule.check(ctx);
      } catch (error) {
        this.recordFailure(rule, error);
        continue;
      }
      if (flags) this.emitChildFlags(rule, record, flags);
    }
    for (const { rule, acc } of this.accumulators) {
      if (!acc.child) continue;
      try {
        acc.child(ctx);
      } catch (error) {
        this.recordFailure(rule, error);
      }
    }
  }

  /** Reports the return-level rules. */
  finish(): void {
    for (const { rule, acc } of this.accumulators) {
      try {
        const outcome = acc.finish();
        for (const flag of outcome.rows ?? []) {
          this.sink.row(rule, flag.child, flag.table, flag.row, rule.fields[flag.table] ?? [], flag.values);
        }
        if (outcome.returnLevel) this.sink.returnLevel(rule);
      } catch (error) {
        this.recordFailure(rule, error);
      }
    }
  }

  private emitChildFlags(rule: RuleDefinition, record: CinChildRecord, flags: RuleFlags): void {
    for (const table of Object.keys(flags) as TableName[]) {
      const entries = flags[table];
      if (!entries || entries.length === 0 || table === 'Header') continue;
      const all = rule.fields[table] ?? [];
      const own = record.tables[table] as ReadonlyArray<Readonly<Record<string, string>>>;
      const offset = record.rowOffsets[table];
      for (const [row, fields] of mergeFlags(entries, all)) {
        this.sink.row(rule, record.LAchildID, table, offset + row, fields, own[row]);
      }
    }
  }

  private recordFailure(rule: RuleDefinition, error: unknown): void {
    if (this.failed[rule.code] === undefined) {
      this.failed[rule.code] = error instanceof Error ? error.message : String(error);
    }
  }
}

/** Rows in ascending order, each once, with the union of its flagged fields (in the rule's field order). */
export function mergeFlags(
  entries: ReadonlyArray<number | FlaggedCells>,
  all: readonly string[],
): Array<[number, readonly string[]]> {
  if (entries.length === 1 && typeof entries[0] === 'number') return [[entries[0], all]];
  const byRow = new Map<number, Set<string>>();
  for (const entry of entries) {
    const row = typeof entry === 'number' ? entry : entry.row;
    const fields = typeof entry === 'number' ? all : entry.fields;
    let set = byRow.get(row);
    if (!set) {
      set = new Set();
      byRow.set(row, set);
    }
    for (const f of fields) set.add(f);
  }
  return [...byRow.entries()].sort((a, b) => a[0] - b[0]).map(([row, set]) => [row, all.filter((f) => set.has(f))]);
}

/**
 * Splits whole tables into child records by LAchildID. Each child's rows must be contiguous in every table
 * (as the reader produces them); the return-wide row indices are then the tables' own indices.
 */
export function childRecordsFromTables(tables: ChildTables): CinChildRecord[] {
  const order: string[] = [];
  const byChild = new Map<string, CinChildRecord>();
  const offsets = Object.fromEntries(CHILD_TABLES.map((t) => [t, 0])) as Record<ChildTableName, number>;
  for (const table of CHILD_TABLES) {
    const rows = tables[table] as ReadonlyArray<Record<string, string>>;
    let last: string | undefined;
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      const id = row.LAchildID ?? '';
      if (id !== last) {
        if (seen.has(id)) {
          throw new Error(`${table} row ${i}: rows of child "${id}" must be contiguous`);
        }
        seen.add(id);
        last = id;
      }
      let record = byChild.get(id);
      if (!record) {
        record = { LAchildID: id, line: 0, tables: emptyChildTables(), rowOffsets: { ...offsets } };
        byChild.set(id, record);
        order.push(id);
      }
      if ((record.tables[table] as unknown[]).length === 0) record.rowOffsets[table] = i;
      (record.tables[table] as Array<Record<string, string>>).push(row);
    });
  }
  // Children without rows in a table start where the previous child's rows end.
  const records = order.map((id) => byChild.get(id)!);
  for (const table of CHILD_TABLES) {
    let next = 0;
    for (const record of records) {
      const n = (record.tables[table] as unknown[]).length;
      if (n === 0) record.rowOffsets[table] = next;
      else next = record.rowOffsets[table] + n;
    }
  }
  return records;
}

/** An empty Header row with a reference date. */
export function headerWith(values: Partial<Record<string, string>>): HeaderRow {
  return Object.assign(emptyRow('Header'), values);
}
