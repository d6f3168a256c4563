/** One uploaded file: its name (for messages only) and its raw bytes. */
export interface SourceFile {
  name: string;
  bytes: Uint8Array;
}

/** Options for reading uploaded files. */
export interface ReadOptions {
  /** Largest file accepted, in bytes (default 512 MB). */
  maxBytes?: number;
}

/** Default largest file accepted: 512 MB. */
export const DEFAULT_MAX_BYTES = 512 * 1024 * 1024;
