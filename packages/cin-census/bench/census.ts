/**
 * CIN census benchmark: `npm run bench -- cin [county] [national] [--fresh]`.
 *
 * Generates once (cached under `.cache/bench/cin/` at the repository root; `--fresh` remakes them) a county
 * file (12,000 children) and a national-size file (690,000 children, ~650,000 referrals, ~800 MB) with the
 * chunked generator, then streams each from disk through `validateCensus` in a separate process and prints
 * wall seconds and peak RSS (the process's high-water mark).
 * Targets (2 cores): county under 2 s; national under 60 s and under 1 GB peak.
 */
import { spawn } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { type CachedCensus, cachedCensus } from './cache.ts';
import type { Measurement } from './measure-file.ts';

const CACHE = fileURLToPath(new URL('../../../.cache/bench/cin/', import.meta.url));
const MEASURE = fileURLToPath(new URL('./measure-file.ts', import.meta.url));
const YEAR = 2026;

interface Target {
  children: number;
  seed: number;
  maxSeconds: number;
  maxPeakMb?: number;
}

const TARGETS: Record<string, Target> = {
  county: { children: 12_000, seed: 1, maxSeconds: 2 },
  national: { children: 690_000, seed: 2, maxSeconds: 60, maxPeakMb: 1024 },
};

/** Runs the benchmark for the files named in `args` (default both). */
export async function runBenchmark(args: string[]): Promise<void> {
  const fresh = args.includes('--fresh');
  const names = args.filter((a) => !a.startsWith('--'));
  const chosen = names.length > 0 ? names : Object.keys(TARGETS);
  const unknown = chosen.filter((n) => !(n in TARGETS));
  if (unknown.length > 0) {
    throw new Error(`unknown CIN benchmark file ${unknown.join(', ')}: choose from ${Object.keys(TARGETS).join(', ')}`);
  }
  console.log(`CIN census: generate (cached in ${CACHE}), then stream from disk through validateCensus (${YEAR} pack)`);
  const load = () => `load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`;
  console.log(`(${load()}: wall time is only meaningful when the load is below the core count; cpu time is shown too)`);
  const files: Array<[string, Target, CachedCensus]> = [];
  for (const name of chosen) {
    const target = TARGETS[name]!;
    const path = `${CACHE}${name}-${YEAR}.xml`;
    const file = await cachedCensus(
      path,
      { children: target.children, year: YEAR, seed: target.seed, laNumber: '881' },
      fresh,
    );
    console.log(
      `${name.padEnd(9)} ${file.children.toLocaleString('en-GB')} children, ${file.referrals.toLocaleString('en-GB')} referrals, ` +
        `${(file.bytes / 1e6).toFixed(0)} MB (generated in ${file.generatedSeconds.toFixed(1)} s)`,
    );
    files.push([name, target, file]);
  }
  for (const [name, target, file] of files) {
    const m = await measure(file.path);
    const ok = m.seconds < target.maxSeconds && (target.maxPeakMb === undefined || m.peakRssMb < target.maxPeakMb);
    const goal = `target < ${target.maxSeconds} s${target.maxPeakMb ? ` and < ${target.maxPeakMb} MB` : ''}`;
    console.log(
      `${name.padEnd(9)} validate ${m.seconds.toFixed(2)} s (${(m.bytes / 1e6 / m.seconds).toFixed(0)} MB/s, cpu ${m.cpuSeconds.toFixed(1)} s), ` +
        `peak RSS ${m.peakRssMb.toFixed(0)} MB, ${m.childrenRead.toLocaleString('en-GB')} children, ${m.rulesRun} rules, ` +
        `${m.flaggedLocations.toLocaleString('en-GB')} flagged locations${m.rulesFailed ? `, ${m.rulesFailed} RULES FAILED` : ''} — ${goal}: ${ok ? 'met' : 'MISSED'} (${load()})`,
    );
  }
}

/** Validates one file in a fresh Node process (same loader flags as this one) and reads its figures. */
function measure(path: string): Promise<Measurement> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, MEASURE, path, String(YEAR)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (text: string) => {
      output += text;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const line = output.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{')) {
        reject(new Error(`validating ${path} failed (exit ${code}): ${output.trim() || 'no output'}`));
        return;
      }
      resolve(JSON.parse(line) as Measurement);
    });
  });
}
