import { createHash } from 'node:crypto';
import { SUPPORTED_YEARS as CIN_YEARS, readCensus } from '@waypoint/cin-census';
import { applyPostcodeFields, readPostcodeReference, SUPPORTED_YEARS } from '@waypoint/ssda903';
import type { UserActor } from '../../platform/actor.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../platform/errors.ts';
import { recordAudit, recordAuditNow } from '../audit/audit.service.ts';
import type { CatalogueRule, ImportFile, Progress, ValidationOutcome, ValidationRequest } from './dataset.ts';
import * as repo from './imports.repository.ts';
import { runValidationInWorker } from './run-validation.ts';
import { readSsda903Files } from './ssda903.validate.ts';
import { CIN_STORAGE, cinTables, replaceYear, SSDA903_STORAGE, ssda903Tables } from './statutory-storage.ts';

/** Datasets Waypoint imports. */
export type Dataset = 'ssda903' | 'cin';

/** Upload limits: a national SSDA903 return is a few hundred MB of CSV; anything larger is refused. */
export const UPLOAD_LIMITS = { maxFileBytes: 1024 * 1_048_576, maxFiles: 40 } as const;

/** The actor an import runs as (a user, or the command line). */
export type ImportActor = Pick<UserActor, 'authorityId' | 'email' | 'role' | 'requestId' | 'ip'> & {
  userId: string | null;
};

/** How validation runs: in a worker thread (server) or inline (tests, command line). */
export type Validator = (
  request: ValidationRequest,
  onProgress: (p: Progress) => void,
  onCancel: (cancel: () => void) => void,
) => Promise<ValidationOutcome>;

/** The default validator: a worker thread that can be terminated to cancel. */
export const workerValidator: Validator = (request, onProgress, onCancel) => {
  const run = runValidationInWorker(request, onProgress);
  onCancel(run.cancel);
  return run.outcome;
};

function checkYear(dataset: Dataset, year: number): void {
  const years: readonly number[] = dataset === 'ssda903' ? SUPPORTED_YEARS : CIN_YEARS;
  if (!years.includes(year)) {
    throw new ValidationError(`Collection year ${year} is not supported`, [
      {
        field: 'year',
        message: `Choose a collection year Waypoint has rules for: ${years.map((y) => `${y - 1}/${String(y % 100).padStart(2, '0')}`).join(', ')}`,
      },
    ]);
  }
}

function authorityCode(deps: AppDeps, authorityId: string): Promise<string> {
  return authorityCodes(deps, authorityId).then((r) => r.code);
}

function authorityCodes(deps: AppDeps, authorityId: string) {
  return deps.db
    .selectFrom('authority')
    .select(['code', 'la_number'])
    .where('id', '=', authorityId)
    .executeTakeFirstOrThrow();
}

/**
 * Starts an import: stores the uploaded files, then validates them in the background (progress is polled).
 * Returns the import id at once; `wait` resolves when validation has finished.
 */
export async function startImport(
  deps: AppDeps,
  actor: ImportActor,
  input: { dataset: Dataset; year: number; files: ImportFile[] },
  validator: Validator = workerValidator,
): Promise<{ id: string; wait: Promise<void> }> {
  checkYear(input.dataset, input.year);
  if (input.files.filter((f) => f.role === 'current').length === 0) {
    throw new ValidationError("Choose this year's files", [
      { field: 'current', message: "Choose this year's files: one CSV per table, or one XML file" },
    ]);
  }
  if (input.files.length > UPLOAD_LIMITS.maxFiles) {
    throw new ValidationError(`Upload at most ${UPLOAD_LIMITS.maxFiles} files at once`, [
      { field: 'current', message: `Upload at most ${UPLOAD_LIMITS.maxFiles} files at once` },
    ]);
  }
  const files = input.files.map((f) => ({ ...f, sha256: createHash('sha256').update(f.bytes).digest('hex') }));
  const id = await deps.db.transaction().execute(async (trx) => {
    const newId = await repo.insertImport(trx, {
      authorityId: actor.authorityId,
      dataset: input.dataset,
      year: input.year,
      createdBy: actor.userId,
      at: deps.clock.now(),
    });
    await repo.insertFiles(trx, newId, files);
    await recordAudit(trx, deps.clock, actor, {
      action: 'import.upload',
      entityType: 'import',
      entityId: newId,
      summary: `Uploaded ${input.dataset === 'ssda903' ? 'SSDA903' : 'CIN census'} ${input.year - 1}/${String(input.year % 100).padStart(2, '0')} (${files.length} file(s)) for validation`,
      after: {
        dataset: input.dataset,
        year: input.year,
        files: files.map((f) => ({ role: f.role, name: f.name, bytes: f.bytes.length, sha256: f.sha256 })),
      },
    });
    return newId;
  });
  const codes = await authorityCodes(deps, actor.authorityId);
  const wait = deps.jobs.start(id, async (report, onCancel) => {
    let lastWrite = 0;
    const onProgress = (p: Progress) => {
      report(p);
      const now = Date.now();
      if (now - lastWrite > 1000) {
        lastWrite = now;
        void repo
          .updateImport(deps.db, id, { stage: p.stage, progress_done: p.done, progress_total: p.total })
          .catch(() => {});
      }
    };
    let outcome: ValidationOutcome;
    try {
      outcome = await validator(
        { dataset: input.dataset, year: input.year, laCode: codes.code, laNumber: codes.la_number ?? undefined, files },
        onProgress,
        onCancel,
      );
    } catch (error) {
      const cancelled = error instanceof Error && error.message === 'cancelled';
      await repo.updateImport(deps.db, id, {
        status: cancelled ? 'cancelled' : 'failed',
        stage: '',
        message: cancelled
          ? 'Cancelled before validation finished. Nothing was stored.'
          : `Validation failed: ${error instanceof Error ? error.message : String(error)}`,
      });
      return;
    }
    await recordOutcome(deps, id, outcome);
  });
  return { id, wait };
}

async function recordOutcome(deps: AppDeps, id: string, outcome: ValidationOutcome): Promise<void> {
  if (!outcome.ok) {
    await repo.updateImport(deps.db, id, {
      status: 'rejected',
      stage: '',
      blocking_problems: outcome.blocking,
      message: 'The files could not be used. Nothing was stored.',
      validated_at: deps.clock.now(),
    });
    return;
  }
  const errors = outcome.issues.filter((i) => i.severity !== 'query').length;
  await deps.db.transaction().execute(async (trx) => {
    await repo.insertIssues(trx, id, outcome.issues);
    await repo.setFileTables(trx, id, outcome.files);
    await repo.updateImport(trx, id, {
      status: outcome.blocking.length > 0 ? 'rejected' : 'validated',
      stage: '',
      rule_pack: outcome.rulePack,
      counts: outcome.counts,
      summary: {
        rulesRun: outcome.rulesRun,
        rulesNotRun: outcome.rulesNotRun,
        rulesFailed: outcome.rulesFailed,
        flaggedByRule: outcome.flaggedByRule,
        catalogue: outcome.catalogue,
      },
      error_count: errors,
      query_count: outcome.issues.length - errors,
      blocking_problems: outcome.blocking,
      message:
        outcome.blocking.length > 0
          ? 'The return cannot be stored until the problems listed are corrected. Nothing was stored.'
          : 'Validated. Review the issues, then store the return.',
      validated_at: deps.clock.now(),
    });
  });
}

/**
 * Stores a validated return: the year's previous data is replaced in one transaction, so a failure leaves it
 * exactly as it was. The files are read again from what was uploaded (never from the user's machine).
 */
export async function storeImport(deps: AppDeps, actor: ImportActor, id: string, onProgress?: (p: Progress) => void) {
  const record = await repo.findImport(deps.db, actor.authorityId, id);
  if (!record) throw new NotFoundError('Import');
  if (record.status !== 'validated') {
    throw new ConflictError(
      record.status === 'stored'
        ? 'This return has already been stored.'
        : record.status === 'rejected'
          ? 'This return has problems that stop it being stored. Correct them and upload it again.'
          : `This import cannot be stored while it is “${record.status}”.`,
    );
  }
  await repo.updateImport(deps.db, id, { status: 'storing', stage: 'Storing' });
  try {
    const files = (await repo.listFilesWithContent(deps.db, id)).map((f) => ({
      role: f.role as ImportFile['role'],
      name: f.file_name,
      bytes: new Uint8Array(f.content),
    }));
    const dataset = record.dataset as Dataset;
    const prepared = dataset === 'ssda903' ? await ssda903ToStore(deps, actor, files) : await cinToStore(files);
    const now = deps.clock.now();
    await deps.db.transaction().execute(async (trx) => {
      const stored = await replaceYear(
        trx,
        prepared.storage,
        { authorityId: actor.authorityId, year: record.collection_year, importId: id, tables: prepared.tables },
        (table, rows) => onProgress?.({ stage: `Storing ${table}`, done: rows, total: rows }),
      );
      const superseded = await repo.setCurrentYear(trx, {
        authorityId: actor.authorityId,
        dataset,
        year: record.collection_year,
        importId: id,
        at: now,
      });
      await repo.updateImport(trx, id, {
        status: 'stored',
        stage: '',
        stored_by: actor.userId ?? undefined,
        stored_at: now,
        message: 'Stored. It replaces any earlier upload of this year.',
      });
      await recordAudit(trx, deps.clock, actor, {
        action: 'import.store',
        entityType: 'import',
        entityId: id,
        summary:
          dataset === 'ssda903'
            ? `Stored SSDA903 ${record.rule_pack} (${stored.Header ?? 0} children, ${stored.Episodes ?? 0} episodes)`
            : `Stored CIN census ${record.rule_pack} (${stored.ChildIdentifiers ?? 0} children, ${stored.CINdetails ?? 0} referrals)`,
        after: { year: record.collection_year, rows: stored, replaced: superseded },
      });
    });
  } catch (error) {
    await repo.updateImport(deps.db, id, {
      status: 'validated',
      stage: '',
      message: `Storing failed, so the data already held is unchanged: ${error instanceof Error ? error.message : String(error)}`,
    });
    throw error;
  }
  return getImport(deps, actor, id);
}

async function ssda903ToStore(deps: AppDeps, actor: ImportActor, files: ImportFile[]) {
  const current = readSsda903Files(files, 'current');
  if (!current) throw new Error('The uploaded files are missing.');
  const postcodes = files.find((f) => f.role === 'postcodes');
  const authorities = files.find((f) => f.role === 'authorities');
  const laCode = await authorityCode(deps, actor.authorityId);
  const tables =
    postcodes && authorities
      ? applyPostcodeFields(current.tables, readPostcodeReference(postcodes, authorities), laCode)
      : current.tables;
  return { storage: SSDA903_STORAGE, tables: ssda903Tables(tables) };
}

async function cinToStore(files: ImportFile[]) {
  const xml = files.find((f) => f.role === 'current');
  if (!xml) throw new Error('The uploaded file is missing.');
  const census = await readCensus(xml.bytes);
  return { storage: CIN_STORAGE, tables: cinTables(census.tables) };
}

/** Stops an import that is still validating. */
export async function cancelImport(deps: AppDeps, actor: ImportActor, id: string) {
  const record = await repo.findImport(deps.db, actor.authorityId, id);
  if (!record) throw new NotFoundError('Import');
  if (record.status !== 'validating' || !deps.jobs.cancel(id))
    throw new ConflictError('Only an import that is still being validated can be cancelled.');
  await recordAuditNow(deps.db, deps.clock, actor, {
    action: 'import.cancel',
    entityType: 'import',
    entityId: id,
    summary: 'Cancelled an import',
  });
  await deps.jobs.idle();
  return getImport(deps, actor, id);
}

interface Summary {
  rulesRun?: string[];
  rulesNotRun?: Record<string, string>;
  rulesFailed?: Record<string, string>;
  flaggedByRule?: Record<string, number>;
  catalogue?: CatalogueRule[];
}

/** An import's status, live progress, files, counts and the "by rule" report. */
export async function getImport(deps: AppDeps, actor: ImportActor, id: string) {
  const r = await repo.findImport(deps.db, actor.authorityId, id);
  if (!r) throw new NotFoundError('Import');
  const files = await repo.listFiles(deps.db, [id]);
  const summary = (r.summary ?? {}) as Summary;
  const children = r.status === 'validating' ? {} : await repo.childrenPerRule(deps.db, id);
  const live = deps.jobs.progress(id);
  const byRule = (summary.catalogue ?? [])
    .map((rule) => ({
      code: rule.code,
      message: rule.message,
      fields: rule.fields,
      severity: rule.severity,
      status: summary.rulesFailed?.[rule.code] ? 'failed' : summary.rulesNotRun?.[rule.code] ? 'not run' : 'run',
      reason: summary.rulesFailed?.[rule.code] ?? summary.rulesNotRun?.[rule.code],
      flaggedRows: summary.flaggedByRule?.[rule.code] ?? 0,
      children: children[rule.code] ?? 0,
    }))
    .filter((x) => x.flaggedRows > 0 || x.status !== 'run');
  return {
    id: r.id,
    dataset: r.dataset as Dataset,
    year: r.collection_year,
    rulePack: r.rule_pack,
    status: r.status,
    message: r.message,
    progress:
      live ??
      (r.status === 'validating' || r.status === 'storing'
        ? { stage: r.stage, done: r.progress_done, total: r.progress_total }
        : null),
    counts: r.counts as Record<string, number>,
    errorCount: r.error_count,
    queryCount: r.query_count,
    blockingProblems: r.blocking_problems as Array<{ file?: string; line?: number; column?: string; message: string }>,
    rulesRun: summary.rulesRun?.length ?? 0,
    rulesNotRun: summary.rulesNotRun ?? {},
    byRule,
    files: files.map((f) => ({
      role: f.role,
      name: f.file_name,
      sizeBytes: Number(f.size_bytes),
      sha256: f.sha256,
      table: f.detected_table,
      rows: f.row_count,
    })),
    createdBy: r.created_by_name,
    createdAt: r.created_at,
    storedBy: r.stored_by_name,
    storedAt: r.stored_at,
  };
}

/** The import history of a dataset, with the years stored. */
export async function listImports(deps: AppDeps, actor: ImportActor, dataset: Dataset) {
  const [imports, years] = [
    await repo.listImports(deps.db, actor.authorityId, dataset),
    await repo.storedYears(deps.db, actor.authorityId, dataset),
  ];
  const files = await repo.listFiles(
    deps.db,
    imports.map((i) => i.id),
  );
  return {
    storedYears: years.map((y) => ({ year: y.collection_year, importId: y.import_id, storedAt: y.stored_at })),
    imports: imports.map((i) => ({
      id: i.id,
      year: i.collection_year,
      status: i.status,
      rulePack: i.rule_pack,
      counts: i.counts as Record<string, number>,
      errorCount: i.error_count,
      queryCount: i.query_count,
      createdAt: i.created_at,
      createdBy: i.created_by_name,
      storedAt: i.stored_at,
      storedBy: i.stored_by_name,
      files: files
        .filter((f) => f.import_id === i.id)
        .map((f) => ({ role: f.role, name: f.file_name, sha256: f.sha256, sizeBytes: Number(f.size_bytes) })),
    })),
  };
}

/** A page of an import's issues (child-level data: the view is audited). */
export async function listIssues(
  deps: AppDeps,
  actor: ImportActor,
  id: string,
  filter: { rule?: string; child?: string; page: number },
) {
  const r = await repo.findImport(deps.db, actor.authorityId, id);
  if (!r) throw new NotFoundError('Import');
  const pageSize = 100;
  const { rows, total } = await repo.listIssues(deps.db, id, {
    rule: filter.rule,
    child: filter.child,
    limit: pageSize,
    offset: (filter.page - 1) * pageSize,
  });
  await recordAuditNow(deps.db, deps.clock, actor, {
    action: 'child-data.view',
    entityType: 'import',
    entityId: id,
    summary: `Viewed validation issues${filter.rule ? ` for rule ${filter.rule}` : ''}${filter.child ? ` for child ${filter.child}` : ''} (page ${filter.page})`,
    after: {
      rule: filter.rule ?? null,
      child: filter.child ?? null,
      page: filter.page,
      children: [...new Set(rows.map((x) => x.child_id))],
    },
  });
  const catalogue = new Map(((r.summary as Summary).catalogue ?? []).map((c) => [c.code, c.message]));
  return {
    page: filter.page,
    pageSize,
    total,
    issues: rows.map((x) => ({
      child: x.child_id,
      table: x.table_name,
      row: x.row_index,
      line: x.line,
      file: x.file_name,
      rule: x.rule,
      severity: x.severity,
      message: catalogue.get(x.rule) ?? '',
      fields: x.fields,
      values: x.field_values as Record<string, string>,
      locator: x.locator,
    })),
  };
}
