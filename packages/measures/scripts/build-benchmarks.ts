/**
 * Regenerates reference-data/benchmarks.json from the DfE files in reference-data/dfe.
 * Run from the repository root: `npx tsx packages/measures/scripts/build-benchmarks.ts`.
 * Deterministic: the same files give byte-identical output.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCHMARK_FILES, buildBenchmarks } from '../src/index.ts';

/** First reporting year kept in the JSON (older years stay available through the CSV files). */
const FROM_YEAR = 2019;

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'reference-data');
const files: Record<string, string> = {};
for (const name of BENCHMARK_FILES) files[name] = readFileSync(join(root, 'dfe', name), 'utf8');

const set = buildBenchmarks(files, { fromYear: FROM_YEAR });
const round = (_key: string, value: unknown) =>
  typeof value === 'number' && !Number.isInteger(value) ? Math.round(value * 1e4) / 1e4 : value;
const out = join(root, 'benchmarks.json');
writeFileSync(out, `${JSON.stringify({ ...set, fromYear: FROM_YEAR }, round)}\n`);
console.log(
  `Wrote ${out}: ${Object.keys(set.series).length} series, ${Object.keys(set.las).length} LAs, ${Object.keys(set.neighbours).length} neighbour lists.`,
);
