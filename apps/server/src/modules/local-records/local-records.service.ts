import { createHash } from 'node:crypto';
import type { UserActor } from '../../platform/actor.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { ValidationError } from '../../platform/errors.ts';
import { recordAudit, recordAuditNow } from '../audit/audit.service.ts';
import * as dataRepo from '../measures/measure-data.repository.ts';
import { LOCAL_RECORD_LAYOUTS, type LocalRecordLayout } from './layouts.ts';
import {
  LocalRecordsCsvError,
  localRecordsTemplate,
  readLocalRecordsCsv,
  writeLocalRecordsCsv,
} from './local-records-csv.ts';

/** The largest local records file accepted (a large authority's five-year supervision log is a few MB). */
export const LOCAL_RECORDS_MAX_BYTES = 64 * 1_048_576;

/** An uploaded local records file. */
export interface LocalRecordsFile {
  name: string;
  bytes: Uint8Array;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const RESAVE = 'Save it from Excel as “CSV UTF-8 (comma delimited)” and upload that file.';

/** Decodes an upload as UTF-8 text, refusing workbooks, binary files and other encodings with what to do. */
function decode(file: LocalRecordsFile): string {
  const problem = (message: string) => new ValidationError(message, [{ field: 'file', message }]);
  if (file.bytes.length === 0) throw problem(`${file.name} is empty. Choose the CSV file of the records.`);
  if (file.bytes.length > LOCAL_RECORDS_MAX_BYTES)
    throw problem(
      `${file.name} is larger than ${LOCAL_RECORDS_MAX_BYTES / 1_048_576} MB. Check you chose the right file.`,
    );
  if (file.bytes[0] === 0x50 && file.bytes[1] === 0x4b)
    throw problem(`${file.name} is an Excel workbook, not a CSV file. ${RESAVE}`);
  if (file.bytes.subarray(0, 4096).includes(0))
    throw problem(`${file.name} is not a UTF-8 text file (it may be UTF-16 or binary). ${RESAVE}`);
  try {
    return utf8.decode(file.bytes);
  } catch {
    throw problem(`${file.name} is not saved as UTF-8 text. ${RESAVE}`);
  }
}

/** How a record is stored: its key (unique in the type), the child it is about and the date placing it in time. */
export function storageOf(layout: LocalRecordLayout, record: Record<string, unknown>, index: number) {
  const own = layout.keyField ? record[layout.keyField] : undefined;
  const date = layout.dateField ? record[layout.dateField] : undefined;
  return {
    key: `${String(index).padStart(7, '0')}${typeof own === 'string' && own !== '' ? `:${own}` : ''}`,
    childId: typeof record.childId === 'string' ? record.childId : null,
    date: typeof date === 'string' && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : null,
    data: record,
  };
}

/** A record type by name, or a 404-style validation error for an unknown one. */
export function layoutOf(type: string): LocalRecordLayout {
  const layout = (LOCAL_RECORD_LAYOUTS as Record<string, LocalRecordLayout | undefined>)[type];
  if (!layout) {
    throw new ValidationError(`“${type}” is not a local record type`, [
      { field: 'type', message: `Choose one of: ${Object.keys(LOCAL_RECORD_LAYOUTS).join(', ')}` },
    ]);
  }
  return layout;
}

/** Every local record type with its layout, how many records the authority holds and when they were last replaced. */
export async function listLocalRecordSets(deps: AppDeps, user: UserActor) {
  const sets = await dataRepo.listLocalRecordSets(deps.db, user.authorityId);
  const byType = new Map(sets.map((s) => [s.record_type, s]));
  return {
    maxBytes: LOCAL_RECORDS_MAX_BYTES,
    types: Object.values(LOCAL_RECORD_LAYOUTS).map((layout) => ({
      type: layout.type,
      title: layout.title,
      description: layout.description,
      columns: layout.columns.map((c) => ({
        column: c.column,
        required: c.required,
        format: formatOf(c.kind),
        description: c.description,
      })),
      count: byType.get(layout.type)?.record_count ?? 0,
      replacedAt: byType.get(layout.type)?.replaced_at.toISOString() ?? null,
    })),
  };
}

/** How to write a column's values, in plain English. */
function formatOf(kind: LocalRecordLayout['columns'][number]['kind']): string {
  if (typeof kind === 'object') return `one of ${kind.oneOf.join(', ')}`;
  const formats: Record<string, string> = {
    text: 'text',
    date: 'date, YYYY-MM-DD',
    datetime: 'date and time, YYYY-MM-DDThh:mm',
    integer: 'whole number',
    number: 'number',
    boolean: 'yes or no',
    'text-list': 'values separated by ;',
    'date-list': 'dates (YYYY-MM-DD) separated by ;',
    'audit-actions': 'due/completed date pairs separated by ;, e.g. 2026-01-05/2026-01-20;2026-02-01/',
    'status-changes': 'date and status pairs separated by ;, e.g. 2026-03-01 unregistered',
  };
  return formats[kind] ?? kind;
}

/**
 * Replaces every record of one type with an uploaded CSV file: all rows are checked first and any problem (naming
 * the line and column) refuses the whole file, so the records held stay as they were; otherwise the old records
 * are replaced in one transaction, audited with the file's name, digest and counts. Measures see the new records
 * on their next view (the type's set revision moves on).
 */
export async function replaceFromCsv(deps: AppDeps, user: UserActor, type: string, file: LocalRecordsFile) {
  const layout = layoutOf(type);
  const text = decode(file);
  let records: Array<Record<string, unknown>>;
  try {
    records = readLocalRecordsCsv(layout.type, file.name, text).records;
  } catch (error) {
    if (!(error instanceof LocalRecordsCsvError)) throw error;
    throw new ValidationError(
      `${file.name} was not loaded: ${error.problems.length === 1 ? 'one problem' : `${error.problems.length} problems`} to fix`,
      error.problems.map((p) => ({
        field: 'file',
        message: `${file.name}, line ${p.line}${p.column ? `, ${p.column}` : ''}: ${p.message}`,
      })),
    );
  }
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const before = (await dataRepo.listLocalRecordSets(deps.db, user.authorityId)).find(
    (s) => s.record_type === layout.type,
  );
  await deps.db.transaction().execute(async (trx) => {
    await dataRepo.replaceLocalRecords(
      trx,
      user.authorityId,
      layout.type,
      records.map((r, i) => storageOf(layout, r, i)),
    );
    await recordAudit(trx, deps.clock, user, {
      action: 'local-records.replace',
      entityType: 'local-records',
      entityId: layout.type,
      summary: `Replaced the ${layout.title.toLowerCase()} from ${file.name}`,
      before: { count: before?.record_count ?? 0 },
      after: { count: records.length, file: file.name, bytes: file.bytes.length, sha256 },
    });
  });
  return { type: layout.type, title: layout.title, count: records.length, file: file.name };
}

/** The records of one type as the CSV layout an upload takes (audited: they may name children). */
export async function downloadCsv(deps: AppDeps, user: UserActor, type: string) {
  const layout = layoutOf(type);
  const rows = await dataRepo.localRecordsOfType(deps.db, user.authorityId, layout.type);
  const children = [...new Set(rows.map((r) => r.child_id).filter((c): c is string => c !== null))];
  await recordAuditNow(deps.db, deps.clock, user, {
    action: 'child-data.view',
    entityType: 'local-records',
    entityId: layout.type,
    summary: `Downloaded the ${layout.title.toLowerCase()} (${rows.length} records)`,
    after: { records: rows.length, ids: children },
  });
  return {
    fileName: `${layout.type}.csv`,
    csv: writeLocalRecordsCsv(
      layout.type,
      rows.map((r) => r.data as object),
    ),
  };
}

/** The empty CSV (header row) of a record type, to fill in. */
export function templateCsv(type: string) {
  const layout = layoutOf(type);
  return { fileName: `${layout.type}-template.csv`, csv: localRecordsTemplate(layout.type) };
}
