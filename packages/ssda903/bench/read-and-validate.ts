/**
 * Reading and validation speed on the public fake return and on a national-size return made by repeating it
 * (each copy's CHILD ids made unique). Run: `npx tsx packages/ssda903/bench/read-and-validate.ts`.
 * Targets: reading a national return well under 1 s; reading + validating this and last year's under 4 s.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readReturn, type SourceFile, validateReturn } from '../src/index.ts';

const dir = fileURLToPath(new URL('../test/fixtures/ssda903-fake-returns/', import.meta.url));
const files: SourceFile[] = readdirSync(dir)
  .filter((name) => name.endsWith('.csv') && name !== 'placed_for_adoption.csv')
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(dir + name)) }));

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The fake return repeated `copies` times; CHILD (always the first column of these files) gets a suffix. */
function scaled(copies: number): SourceFile[] {
  return files.map(({ name, bytes }) => {
    const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
    const [header, ...rows] = text.split(/\r?\n/).filter((line) => line !== '');
    const out = [header];
    for (let k = 0; k < copies; k++) {
      for (const row of rows) {
        const comma = row.indexOf(',');
        out.push(`${row.slice(0, comma)}K${k}${row.slice(comma)}`);
      }
    }
    return { name, bytes: new TextEncoder().encode(`${out.join('\n')}\n`) };
  });
}

const fakeBytes = files.reduce((n, f) => n + f.bytes.length, 0);
const readTimes = Array.from({ length: 15 }, () => time(() => readReturn(files))[1]);
console.log(
  `fake return (${(fakeBytes / 1024).toFixed(0)} KB, 5,050 episodes): read ${median(readTimes).toFixed(1)} ms (median of 15)`,
);

const national = scaled(30);
const nationalBytes = national.reduce((n, f) => n + f.bytes.length, 0);
const [current, readMs] = time(() => readReturn(national));
const [previous, readLastMs] = time(() => readReturn(national));
console.log(
  `national-size return (${(nationalBytes / 1024 / 1024).toFixed(1)} MB, ${current.tables.Header!.length} children, ` +
    `${current.tables.Episodes!.length} episodes, ${current.tables.Reviews!.length} reviews): ` +
    `read ${readMs.toFixed(0)} ms (last year's: ${readLastMs.toFixed(0)} ms)`,
);
const [result, validateMs] = time(() => validateReturn({ year: 2026, current, previous }));
console.log(
  `validate 2025/26 with last year's return: ${validateMs.toFixed(0)} ms for ${result.rulesRun.length} rules ` +
    `(${result.issues.length} issues); read + validate ${(readMs + readLastMs + validateMs).toFixed(0)} ms`,
);
const slowest = new Map<string, number>();
let last = performance.now();
validateReturn(
  { year: 2026, current, previous },
  {
    onProgress: ({ rule }) => {
      const now = performance.now();
      slowest.set(rule, now - last);
      last = now;
    },
  },
);
const top = [...slowest].sort((a, b) => b[1] - a[1]).slice(0, 8);
console.log(`slowest rules: ${top.map(([code, ms]) => `${code} ${ms.toFixed(0)} ms`).join(', ')}`);
