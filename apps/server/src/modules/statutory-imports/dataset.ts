/** An uploaded file with what it is for. */
export interface ImportFile {
  role: 'current' | 'previous' | 'providers' | 'postcodes' | 'authorities';
  name: string;
  bytes: Uint8Array;
}

/** A problem that stops a return being stored, naming the file, line and field. */
export interface BlockingProblem {
  file?: string;
  line?: number;
  column?: string;
  message: string;
}

/** A validation issue as stored and reported (one flagged row of one rule). */
export interface StoredIssue {
  rule: string;
  severity: string;
  child: string;
  table: string;
  row?: number;
  line?: number;
  file?: string;
  fields: string[];
  values: Record<string, string>;
  locator?: string;
}

/** A rule of the dataset's pack, for the "by rule" report. */
export interface CatalogueRule {
  code: string;
  message: string;
  fields: readonly string[];
  severity: string;
}

/** What validating an upload produced (computed in a worker thread, so it is plain data). */
export type ValidationOutcome =
  | {
      ok: true;
      rulePack: string;
      rulesRun: string[];
      rulesNotRun: Record<string, string>;
      rulesFailed: Record<string, string>;
      flaggedByRule: Record<string, number>;
      issues: StoredIssue[];
      /** Rows per table of this year's return. */
      counts: Record<string, number>;
      /** Each file and the table it was recognised as. */
      files: Array<{ name: string; role: ImportFile['role']; table?: string; rows?: number }>;
      blocking: BlockingProblem[];
      catalogue: CatalogueRule[];
    }
  | { ok: false; blocking: BlockingProblem[] };

/** Progress of a long step. */
export interface Progress {
  stage: string;
  done: number;
  total: number;
}

/** Options of a validation run. */
export interface ValidationRequest {
  dataset: 'ssda903' | 'cin';
  year: number;
  laCode: string;
  /** The authority's 3-digit LA number (recognised in UPNs even when DfE's list lacks it). */
  laNumber?: string;
  files: ImportFile[];
}
