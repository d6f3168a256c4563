import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './args.ts';

/** Reads files named on the command line; a folder contributes every file in it (not recursive). */
export function readPaths(paths: readonly string[]): Array<{ name: string; bytes: Uint8Array }> {
  const files: Array<{ name: string; bytes: Uint8Array }> = [];
  for (const p of paths) {
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(p);
    } catch {
      throw new UsageError(`${p}: no such file or folder`);
    }
    if (stat.isDirectory()) {
      const entries = readdirSync(p).filter((f) => !f.startsWith('.') && statSync(path.join(p, f)).isFile());
      if (entries.length === 0) throw new UsageError(`${p}: the folder is empty`);
      for (const f of entries.sort()) files.push({ name: f, bytes: new Uint8Array(readFileSync(path.join(p, f))) });
    } else {
      files.push({ name: path.basename(p), bytes: new Uint8Array(readFileSync(p)) });
    }
  }
  return files;
}

/** Writes a one-line progress indicator to stderr when it is a terminal (or always with `force`). */
export function progressLine(stage: string, done: number, total: number): void {
  if (!process.stderr.isTTY) return;
  const pct = total > 0 ? ` ${Math.round((done / total) * 100)}%` : '';
  process.stderr.write(`\r\x1b[K${stage}${total > 0 ? ` ${done}/${total}` : ''}${pct}`);
}

/** Ends a progress line. */
export function progressDone(): void {
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
}
