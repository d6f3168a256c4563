import type { TableName } from '../tables.ts';

/** One uploaded file: its name (for messages only) and its raw bytes. */
export interface SourceFile {
  name: string;
  bytes: Uint8Array;
}

/** Options for reading uploaded files. */
export interface ReadOptions {
  /** Largest file accepted, in bytes (default 512 MB). */
  maxBytes?: number;
  /**
   * Read the rows of these tables only (CSV). Files of other tables are still recognised by their header and
   * checked for duplicates, but their rows are not read and the table is left out of the result.
   */
  tables?: readonly TableName[];
}

/** Default largest file accepted: 512 MB. */
export const DEFAULT_MAX_BYTES = 512 * 1024 * 1024;
