/**
 * National-scale SSDA903 benchmark: `npm run bench -- 903 [--children 80000] [--year 2026] [--seed 1]
 * [--regenerate] [--runs 1] [--rules] [--heap-limit MB]`. Generates (once, cached under `.cache/bench/903/` at the repository
 * root) a realistic, mostly valid return of national size for this year and last year, then — in a fresh
 * process, so memory figures are not inflated by generation — reads both years' CSV files and the reference
 * files and validates this year's return with last year's, the provider lists and the postcode reference.
 * Prints generation (first time only), parse, validate, issues and peak memory (RSS high-water mark), as medians of
 * `--runs` cold runs, each in a fresh process (as each upload is validated in a new worker thread).
 * Targets on a 2-core machine: validation under 4 s and under 500 MB peak. `--heap-limit MB` measures with V8's old
 * generation capped (`--max-old-space-size`) as the server's validation worker is (`resourceLimits`; `npm run bench
 * -- 903` passes the server's limit), then again with V8's default limit for comparison.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  generateReturn,
  PREVIOUS_YEAR_TABLES,
  readPostcodeReference,
  readProviderLists,
  readReturn,
  type SourceFile,
  validateReturn,
} from '../src/index.ts';

/** Bump when the generator changes what it writes, so stale caches are not measured. */
const GENERATOR_VERSION = 2;
const LA_CODE = 'E06009901';
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const MEASURE_FLAG = '--measure-903';

interface Args {
  children: number;
  year: number;
  seed: number;
  regenerate: boolean;
  runs: number;
  rules: boolean;
  heapLimit: number;
}

function parseArgs(args: readonly string[]): Args {
  const value = (name: string, fallback: number) => {
    const i = args.indexOf(`--${name}`);
    if (i < 0) return fallback;
    const n = Number(args[i + 1]);
    if (!Number.isFinite(n)) throw new Error(`--${name} needs a number (got "${args[i + 1] ?? ''}").`);
    return n;
  };
  return {
    children: value('children', 80_000),
    year: value('year', 2026),
    seed: value('seed', 1),
    regenerate: args.includes('--regenerate'),
    runs: Math.max(1, value('runs', 1)),
    rules: args.includes('--rules'),
    heapLimit: value('heap-limit', 0),
  };
}

const cacheDir = (a: Args) =>
  join(ROOT, '.cache', 'bench', '903', `v${GENERATOR_VERSION}-${a.year}-${a.children}-seed${a.seed}`);

function writeFiles(dir: string, files: readonly SourceFile[]): void {
  mkdirSync(dir, { recursive: true });
  for (const f of files) writeFileSync(join(dir, f.name), f.bytes);
}

function readFiles(dir: string): SourceFile[] {
  return readdirSync(dir)
    .sort()
    .map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const count = (n: number) => n.toLocaleString('en-GB');

/** Generates the national return into the cache unless it is there already; returns the generation time. */
async function ensureGenerated(a: Args): Promise<number | null> {
  const dir = cacheDir(a);
  if (!a.regenerate && existsSync(join(dir, 'done'))) return null;
  rmSync(dir, { recursive: true, force: true });
  const start = performance.now();
  const g = await generateReturn({ children: a.children, year: a.year, seed: a.seed, laCode: LA_CODE });
  const ms = performance.now() - start;
  writeFiles(join(dir, 'current'), g.current);
  writeFiles(join(dir, 'previous'), g.previous);
  writeFiles(join(dir, 'reference'), [g.postcodes, g.authorities]);
  writeFiles(join(dir, 'providers'), g.providers ?? []);
  writeFileSync(join(dir, 'done'), `${JSON.stringify({ generatedMs: Math.round(ms), injected: g.injected.length })}\n`);
  return ms;
}

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;

/** What one measuring process reports (one cold run, as one upload is validated in a fresh worker). */
interface RunFigures {
  parseMs: number;
  referencesMs: number;
  validateMs: number;
  peakMb: number;
  summary: string;
}
const RESULT_PREFIX = 'RESULT ';

/** Reads and validates the cached return once (in a fresh process) and prints the figures as one JSON line. */
async function measure(a: Args): Promise<void> {
  const dir = cacheDir(a);
  const mb = (folder: string) =>
    readdirSync(join(dir, folder)).reduce((n, name) => n + statSync(join(dir, folder, name)).size, 0) / 1024 / 1024;
  const sizes = { current: mb('current'), previous: mb('previous') };
  const reference = (name: string): SourceFile => ({ name, bytes: readFileSync(join(dir, 'reference', name)) });
  // The uploaded bytes are not kept once read: only the tables are, as an import would hold them.
  const currentFiles = readFiles(join(dir, 'current'));
  const previousFiles = readFiles(join(dir, 'previous'));
  let t = performance.now();
  const cur = readReturn(currentFiles.splice(0));
  const last = readReturn(previousFiles.splice(0), { tables: PREVIOUS_YEAR_TABLES });
  const parseMs = performance.now() - t;
  t = performance.now();
  const postcodes = readPostcodeReference(reference('postcodes.csv'), reference('authorities.csv'));
  const providers = await readProviderLists(readFiles(join(dir, 'providers')), { postcodes });
  const referencesMs = performance.now() - t;
  t = performance.now();
  const result = validateReturn({ year: a.year, current: cur, previous: last, providers, postcodes, laCode: LA_CODE });
  const validateMs = performance.now() - t;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  const c = cur.tables;
  const byRule = Object.entries(result.flaggedRowsByRule)
    .filter(([, n]) => n > 0)
    .sort((x, y) => y[1] - x[1])
    .slice(0, 6)
    .map(([code, n]) => `${code} ${count(n)}`)
    .join(', ');
  const summary =
    `  data: ${sizes.current.toFixed(1)} MB this year (${count(c.Header!.length)} children, ${count(c.Episodes!.length)} episodes, ` +
    `${count(c.Reviews!.length)} reviews, ${count(c.SWEpisodes?.length ?? 0)} SW episodes, ${count(c.OC2!.length)} OC2, ` +
    `${count(c.OC3!.length)} OC3, ${count(c.Missing!.length)} missing), ${sizes.previous.toFixed(1)} MB last year ` +
    `(${count(last.tables.Episodes!.length)} episodes); ${count(postcodes.size)} postcodes, ${count(providers.size)} providers\n` +
    `  rules: ${result.rulesRun.length} run, ${Object.keys(result.rulesNotRun).length} not run, ` +
    `${Object.keys(result.rulesFailed).length} failed\n` +
    `  issues: ${count(result.issues.length)} (most: ${byRule})`;
  const figures: RunFigures = { parseMs, referencesMs, validateMs, peakMb, summary };
  console.log(`${RESULT_PREFIX}${JSON.stringify(figures)}`);
  if (a.rules) {
    slowestRules({
      year: a.year,
      current: readReturn(readFiles(join(dir, 'current'))),
      previous: readReturn(readFiles(join(dir, 'previous')), { tables: PREVIOUS_YEAR_TABLES }),
      providers,
      postcodes,
      laCode: LA_CODE,
    });
  }
}

/** Runs `runs` measuring processes with the given V8 old-generation limit (0: V8's default) and prints medians. */
function measureInFreshProcesses(a: Args, args: readonly string[], heapLimit: number, printSummary: boolean): void {
  const flags = heapLimit > 0 ? [`--max-old-space-size=${heapLimit}`] : [];
  const runs: RunFigures[] = [];
  for (let run = 0; run < a.runs; run++) {
    const runArgs = args.filter((x) => x !== '--rules' || run === 0);
    const child = spawnSync(
      process.execPath,
      [...flags, ...process.execArgv, fileURLToPath(import.meta.url), MEASURE_FLAG, ...runArgs],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    if (child.status !== 0) throw new Error(`The measuring process failed (exit code ${child.status}).`);
    for (const line of child.stdout.split('\n')) {
      if (line.startsWith(RESULT_PREFIX)) runs.push(JSON.parse(line.slice(RESULT_PREFIX.length)) as RunFigures);
      else if (line.trim() !== '') console.log(line);
    }
  }
  if (printSummary) console.log(runs[0]!.summary);
  const list = (xs: number[], unit: (n: number) => string) => (xs.length > 1 ? ` [${xs.map(unit).join(', ')}]` : '');
  const s = (ms: number) => (ms / 1000).toFixed(2);
  const parse = runs.map((r) => r.parseMs);
  const validate = runs.map((r) => r.validateMs);
  const total = runs.map((r) => r.parseMs + r.validateMs);
  const peak = runs.map((r) => r.peakMb);
  const each =
    a.runs > 1 ? `median of ${a.runs} cold runs, each in a fresh process` : 'one cold run in a fresh process';
  console.log(
    heapLimit > 0
      ? `  with V8's old generation capped at ${heapLimit} MB, as the server's validation worker runs (${each}):`
      : `  with V8's default heap limit (${each}):`,
  );
  console.log(
    `    parse both years: ${s(median(parse))} s${list(parse, s)}; reference files: ${s(median(runs.map((r) => r.referencesMs)))} s`,
  );
  console.log(`    validate: ${s(median(validate))} s${list(validate, s)} (target < 4 s)`);
  console.log(`    read + validate: ${s(median(total))} s${list(total, s)}`);
  console.log(
    `    peak memory (RSS high-water): ${median(peak).toFixed(0)} MB${list(peak, (n) => n.toFixed(0))}, highest ${Math.max(...peak).toFixed(0)} MB (target < 500 MB)`,
  );
}

/** Times each rule (with the memoised groupings it is the first to need) and prints the slowest ten. */
function slowestRules(input: Parameters<typeof validateReturn>[0]): void {
  const times = new Map<string, number>();
  let last = performance.now();
  validateReturn(input, {
    onProgress: ({ rule }) => {
      const now = performance.now();
      times.set(rule, now - last);
      last = now;
    },
  });
  const top = [...times].sort((x, y) => y[1] - x[1]).slice(0, 10);
  console.log(`  slowest rules: ${top.map(([code, ms]) => `${code} ${ms.toFixed(0)} ms`).join(', ')}`);
}

/** Entry point for `npm run bench -- 903`. */
export async function runBenchmark(args: string[]): Promise<void> {
  const a = parseArgs(args);
  console.log(
    `SSDA903 national benchmark: ${a.year - 1}/${a.year % 100}, ${count(a.children)} children, seed ${a.seed}`,
  );
  const generated = await ensureGenerated(a);
  console.log(
    generated === null
      ? `  generation: cached (${cacheDir(a).replace(ROOT, '')})`
      : `  generation: ${seconds(generated)} (first time only; cached in ${cacheDir(a).replace(ROOT, '')})`,
  );
  // Measure in fresh processes so each run is cold (as each upload is validated in a new worker) and the peak
  // memory is that of reading and validating alone: as the server's worker runs it, then with V8's defaults.
  const limits = a.heapLimit > 0 ? [a.heapLimit, 0] : [0];
  for (const [i, limit] of limits.entries()) measureInFreshProcesses(a, args, limit, i === 0);
}

if (process.argv.includes(MEASURE_FLAG)) {
  await measure(parseArgs(process.argv.slice(process.argv.indexOf(MEASURE_FLAG) + 1)));
}
