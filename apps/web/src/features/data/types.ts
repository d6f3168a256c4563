/** Shapes of the statutory import API (apps/server/src/modules/statutory-imports); only what the pages read. */

/** A dataset Waypoint imports: SSDA903 (children looked after) or the CIN census. */
export type DatasetId = 'ssda903' | 'cin';

/** Where an import is in its life. */
export type ImportStatus =
  | 'validating'
  | 'validated'
  | 'rejected'
  | 'storing'
  | 'stored'
  | 'failed'
  | 'cancelled'
  | 'superseded';

/** The slot a file was uploaded in (the multipart field name). */
export type FileRole = 'current' | 'previous' | 'providers' | 'postcodes' | 'authorities';

/** Live progress of a running import. */
export interface ImportProgress {
  stage: string;
  done: number;
  total: number;
}

/** A problem that stops a return being stored, naming the file, line and column where there is one. */
export interface BlockingProblem {
  file?: string;
  line?: number;
  column?: string;
  message: string;
}

/** One rule of the "by rule" report: rules that flagged rows, and rules not run or failed. */
export interface RuleReport {
  code: string;
  message: string;
  fields: readonly string[];
  severity: string;
  status: 'run' | 'not run' | 'failed';
  reason?: string;
  flaggedRows: number;
  children: number;
}

/** An uploaded file with what it was recognised as. */
export interface ImportFileDetail {
  role: FileRole;
  name: string;
  sizeBytes: number;
  sha256: string;
  table: string | null;
  rows: number | null;
}

/** `GET /api/imports/:id`. */
export interface ImportDetail {
  id: string;
  dataset: DatasetId;
  year: number;
  rulePack: string | null;
  status: ImportStatus;
  message: string | null;
  progress: ImportProgress | null;
  counts: Record<string, number> | null;
  errorCount: number | null;
  queryCount: number | null;
  blockingProblems: BlockingProblem[] | null;
  rulesRun: number;
  rulesNotRun: Record<string, string>;
  byRule: RuleReport[];
  files: ImportFileDetail[];
  createdBy: string | null;
  createdAt: string;
  storedBy: string | null;
  storedAt: string | null;
}

/** One import in the history (`GET /api/imports?dataset=`). */
export interface ImportSummary {
  id: string;
  year: number;
  status: ImportStatus;
  rulePack: string | null;
  counts: Record<string, number> | null;
  errorCount: number | null;
  queryCount: number | null;
  createdAt: string;
  createdBy: string | null;
  storedAt: string | null;
  storedBy: string | null;
  files: Array<{ role: FileRole; name: string; sha256: string; sizeBytes: number }>;
}

/** A collection year whose data is held, and the import it came from. */
export interface StoredYear {
  year: number;
  importId: string;
  storedAt: string;
}

/** `GET /api/imports?dataset=`: the years stored and every import, newest first. */
export interface ImportHistory {
  storedYears: StoredYear[];
  imports: ImportSummary[];
}

/** One flagged row of one rule (child-level data). */
export interface Issue {
  child: string;
  table: string;
  row: number | null;
  line: number | null;
  file: string | null;
  rule: string;
  severity: string;
  message: string;
  fields: string[];
  values: Record<string, string>;
  locator: string | null;
}

/** `GET /api/imports/:id/issues`. */
export interface IssuesPage {
  page: number;
  pageSize: number;
  total: number;
  issues: Issue[];
}

/** A local record type as `GET /api/local-records` describes it. */
export interface LocalRecordType {
  type: string;
  title: string;
  description: string;
  columns: Array<{ column: string; required: boolean; format: string; description: string }>;
  count: number;
  replacedAt: string | null;
}

/** `GET /api/local-records`. */
export interface LocalRecordSets {
  maxBytes: number;
  types: LocalRecordType[];
}
