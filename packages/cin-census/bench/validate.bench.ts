/**
 * Throughput and memory of `validateCensus` on a synthetic return streamed in chunks (no file needed).
 *
 *   node --import tsx packages/cin-census/bench/validate.bench.ts            # county (12,000 children)
 *   node --import tsx packages/cin-census/bench/validate.bench.ts 690000     # national size (~785 MB)
 *
 * Targets (2 cores): national file under 60 s and 1 GB peak; county file under 2 s. The input is generated and
 * UTF-8 encoded in the same process while it is validated, so the figures include that cost.
 */
import { validateCensus } from '../src/index.ts';
import { syntheticCensus } from './synthetic.ts';

const children = Number(process.argv[2] ?? 12_000);
const encoder = new TextEncoder();
let bytes = 0;

async function* input(): AsyncGenerator<Uint8Array> {
  for (const text of syntheticCensus(children)) {
    const chunk = encoder.encode(text);
    bytes += chunk.byteLength;
    yield chunk;
  }
}

const started = performance.now();
const cpuBefore = process.cpuUsage();
const result = await validateCensus(input(), { year: 2025 });
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const megabytes = bytes / 1e6;
console.log(
  [
    `${result.childrenRead} children, ${megabytes.toFixed(1)} MB, ${result.rulesRun.length} rules`,
    `wall ${seconds.toFixed(2)} s (${(megabytes / seconds).toFixed(1)} MB/s)`,
    `cpu ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s`,
    `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
    `issues ${result.issues.length}`,
  ].join(' | '),
);
