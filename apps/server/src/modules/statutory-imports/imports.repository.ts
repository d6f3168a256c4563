import { sql, type Transaction } from 'kysely';
import { bulkInsert } from '../../db/bulk-insert.ts';
import type { Database } from '../../db/database.ts';
import type { DB } from '../../db/schema.ts';
import type { ImportFile, StoredIssue } from './dataset.ts';

type Executor = Database | Transaction<DB>;

/** Creates an import record (status "validating"); returns its id. */
export async function insertImport(
  db: Executor,
  v: { authorityId: string; dataset: string; year: number; createdBy: string | null; at: Date },
): Promise<string> {
  const row = await db
    .insertInto('statutory_import')
    .values({
      authority_id: v.authorityId,
      dataset: v.dataset,
      collection_year: v.year,
      status: 'validating',
      created_by: v.createdBy,
      created_at: v.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Stores the uploaded files of an import (kept as provenance and to store the return after review). */
export async function insertFiles(
  db: Executor,
  importId: string,
  files: ReadonlyArray<ImportFile & { sha256: string }>,
): Promise<void> {
  for (const f of files) {
    await db
      .insertInto('statutory_import_file')
      .values({
        import_id: importId,
        role: f.role,
        file_name: f.name,
        size_bytes: f.bytes.length,
        sha256: f.sha256,
        content: Buffer.from(f.bytes),
      })
      .execute();
  }
}

/** Records which table each file was recognised as. */
export async function setFileTables(
  db: Executor,
  importId: string,
  files: ReadonlyArray<{ name: string; role: string; table?: string; rows?: number }>,
) {
  for (const f of files) {
    if (!f.table) continue;
    await db
      .updateTable('statutory_import_file')
      .set({ detected_table: f.table, row_count: f.rows ?? null })
      .where('import_id', '=', importId)
      .where('role', '=', f.role)
      .where('file_name', '=', f.name)
      .execute();
  }
}

/** The files of an import, with their content. */
export async function listFilesWithContent(db: Executor, importId: string) {
  return db.selectFrom('statutory_import_file').selectAll().where('import_id', '=', importId).execute();
}

/** The files of some imports (no content). */
export async function listFiles(db: Executor, importIds: readonly string[]) {
  if (importIds.length === 0) return [];
  return db
    .selectFrom('statutory_import_file')
    .select(['import_id', 'role', 'file_name', 'size_bytes', 'sha256', 'detected_table', 'row_count'])
    .where('import_id', 'in', importIds)
    .orderBy('role')
    .orderBy('file_name')
    .execute();
}

/** Updates the status, progress and results of an import. */
export async function updateImport(
  db: Executor,
  id: string,
  v: Partial<{
    status: string;
    stage: string;
    progress_done: number;
    progress_total: number;
    message: string;
    rule_pack: string;
    counts: unknown;
    summary: unknown;
    error_count: number;
    query_count: number;
    blocking_problems: unknown;
    validated_at: Date;
    stored_by: string;
    stored_at: Date;
  }>,
): Promise<void> {
  const { counts, summary, blocking_problems, ...rest } = v;
  await db
    .updateTable('statutory_import')
    .set({
      ...rest,
      ...(counts !== undefined && { counts: JSON.stringify(counts) }),
      ...(summary !== undefined && { summary: JSON.stringify(summary) }),
      ...(blocking_problems !== undefined && { blocking_problems: JSON.stringify(blocking_problems) }),
    })
    .where('id', '=', id)
    .execute();
}

/** One import of the authority. */
export async function findImport(db: Executor, authorityId: string, id: string) {
  return db
    .selectFrom('statutory_import as i')
    .leftJoin('app_user as c', 'c.id', 'i.created_by')
    .leftJoin('app_user as s', 's.id', 'i.stored_by')
    .selectAll('i')
    .select(['c.display_name as created_by_name', 's.display_name as stored_by_name'])
    .where('i.authority_id', '=', authorityId)
    .where('i.id', '=', id)
    .executeTakeFirst();
}

/** The import history of a dataset, newest first. */
export async function listImports(db: Executor, authorityId: string, dataset: string) {
  return db
    .selectFrom('statutory_import as i')
    .leftJoin('app_user as c', 'c.id', 'i.created_by')
    .leftJoin('app_user as s', 's.id', 'i.stored_by')
    .select([
      'i.id',
      'i.collection_year',
      'i.status',
      'i.rule_pack',
      'i.counts',
      'i.error_count',
      'i.query_count',
      'i.created_at',
      'i.stored_at',
      'c.display_name as created_by_name',
      's.display_name as stored_by_name',
    ])
    .where('i.authority_id', '=', authorityId)
    .where('i.dataset', '=', dataset)
    .orderBy('i.created_at', 'desc')
    .limit(200)
    .execute();
}

/** Stores an import's issues. */
export async function insertIssues(db: Executor, importId: string, issues: readonly StoredIssue[]): Promise<void> {
  await bulkInsert(db, 'statutory_issue', [
    { name: 'import_id', type: 'uuid', values: issues.map(() => importId) },
    { name: 'seq', type: 'integer', values: issues.map((_, i) => i) },
    { name: 'rule', type: 'text', values: issues.map((i) => i.rule) },
    { name: 'severity', type: 'text', values: issues.map((i) => i.severity) },
    { name: 'child_id', type: 'text', values: issues.map((i) => i.child) },
    { name: 'table_name', type: 'text', values: issues.map((i) => i.table) },
    { name: 'row_index', type: 'integer', values: issues.map((i) => i.row ?? null) },
    { name: 'line', type: 'integer', values: issues.map((i) => i.line ?? null) },
    { name: 'file_name', type: 'text', values: issues.map((i) => i.file ?? null) },
    { name: 'fields', type: 'text[]', values: issues.map((i) => i.fields) },
    { name: 'field_values', type: 'jsonb', values: issues.map((i) => i.values) },
    { name: 'locator', type: 'text', values: issues.map((i) => i.locator ?? null) },
  ]);
}

/** Filters for an import's issues. */
export interface IssueFilter {
  rule?: string;
  child?: string;
  limit: number;
  offset: number;
}

/** A page of an import's issues, by child, table, row and rule. */
export async function listIssues(db: Executor, importId: string, f: IssueFilter) {
  const base = db
    .selectFrom('statutory_issue')
    .where('import_id', '=', importId)
    .$if(!!f.rule, (q) => q.where('rule', '=', f.rule!))
    .$if(!!f.child, (q) => q.where('child_id', '=', f.child!));
  const [rows, count] = await Promise.all([
    base
      .selectAll()
      .orderBy('child_id')
      .orderBy('table_name')
      .orderBy('row_index')
      .orderBy('rule')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Every issue of an import (for downloads). */
export async function allIssues(db: Executor, importId: string) {
  return db
    .selectFrom('statutory_issue')
    .selectAll()
    .where('import_id', '=', importId)
    .orderBy('child_id')
    .orderBy('table_name')
    .orderBy('row_index')
    .orderBy('rule')
    .execute();
}

/** Number of distinct children with issues, per rule. */
export async function childrenPerRule(db: Executor, importId: string): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('statutory_issue')
    .select(['rule', sql<number>`count(DISTINCT child_id)`.as('children')])
    .where('import_id', '=', importId)
    .groupBy('rule')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.rule, Number(r.children)]));
}

/** Marks the import as the stored one for its year, superseding the previous one. */
export async function setCurrentYear(
  db: Executor,
  v: { authorityId: string; dataset: string; year: number; importId: string; at: Date },
) {
  const previous = await db
    .selectFrom('statutory_year')
    .select('import_id')
    .where('authority_id', '=', v.authorityId)
    .where('dataset', '=', v.dataset)
    .where('collection_year', '=', v.year)
    .executeTakeFirst();
  if (previous)
    await db
      .updateTable('statutory_import')
      .set({ status: 'superseded' })
      .where('id', '=', previous.import_id)
      .execute();
  await db
    .insertInto('statutory_year')
    .values({
      authority_id: v.authorityId,
      dataset: v.dataset,
      collection_year: v.year,
      import_id: v.importId,
      stored_at: v.at,
    })
    .onConflict((oc) =>
      oc
        .columns(['authority_id', 'dataset', 'collection_year'])
        .doUpdateSet({ import_id: v.importId, stored_at: v.at }),
    )
    .execute();
  return previous?.import_id ?? null;
}

/** The years of a dataset stored for an authority, with the import behind each. */
export async function storedYears(db: Executor, authorityId: string, dataset: string) {
  return db
    .selectFrom('statutory_year')
    .selectAll()
    .where('authority_id', '=', authorityId)
    .where('dataset', '=', dataset)
    .orderBy('collection_year', 'desc')
    .execute();
}
