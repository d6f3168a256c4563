/**
 * `npm run bench -- scorecard`: the scorecard API for a large authority on PostgreSQL, at 20 concurrent requests.
 * Target: p95 under 100 ms.
 *
 * A throwaway PostgreSQL cluster is started and the demo authority is seeded into it at a larger scale (by default
 * about 2,000 children looked after: four years of SSDA903 returns, whose children's care histories go back further,
 * CIN censuses and the local records generated for those children), through the same import service an analyst
 * uses. The real HTTP server then answers `GET /api/measures` over loopback sockets, signed in as the improvement
 * lead: first a burst of concurrent requests on an empty cache (the first computation of every measure), then
 * concurrent clients for the steady state, whose latencies give the percentiles.
 *
 * Options: --looked-after-children N (SSDA903 children per year, default 3,400), --cin-children N (default 18,000),
 * --concurrency N (default 20), --requests N (default 1,000), --profile FILE (a CPU profile of the server during the
 * steady state, for Chrome DevTools).
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import { buildApp, sessionCookieName } from '../src/app.ts';
import { openPostgres } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { ReportBrowser } from '../src/modules/reports/render/index.ts';
import { createClock } from '../src/platform/clock.ts';
import { ComputeCache } from '../src/platform/compute-cache.ts';
import type { AppDeps } from '../src/platform/deps.ts';
import { JobRegistry } from '../src/platform/jobs.ts';
import { seedDemoIfEmpty } from '../src/seed/demo-seed.ts';
import { DEMO_STATUTORY } from '../src/seed/demo-statutory-seed.ts';
import { startPostgresCluster } from '../test/support/postgres-cluster.ts';
import { benchConfig } from './bench-config.ts';

const TARGET_P95_MS = 100;
const PASSWORD = 'benchmark-password-only';

/** The numeric value after a `--name` flag, or the fallback. */
function numberFlag(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  const value = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number above 0.`);
  return value;
}

/** The value at quantile `q` (0–1) of sorted numbers. */
function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

/** Signs in through the API and returns the Cookie header to send. */
async function signIn(base: string, email: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (response.status !== 200)
    throw new Error(`Sign-in as ${email} failed: ${response.status} ${await response.text()}`);
  const name = sessionCookieName(false);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${name}=`));
  if (!cookie) throw new Error('Sign-in returned no session cookie.');
  return cookie.split(';')[0]!;
}

/** One timed scorecard request; fails loudly on anything but 200 with the full catalogue. */
async function timedScorecard(url: string, cookie: string): Promise<{ ms: number; bytes: number }> {
  const start = performance.now();
  const response = await fetch(url, { headers: { cookie } });
  const body = await response.text();
  const elapsed = performance.now() - start;
  if (response.status !== 200) throw new Error(`Scorecard answered ${response.status}: ${body.slice(0, 200)}`);
  return { ms: elapsed, bytes: body.length };
}

/**
 * The load generator, run in a worker thread so that reading half a megabyte per response does not share the
 * server's event loop (in production the clients are browsers on other machines).
 */
const LOAD_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { url, cookie, concurrency, total } = workerData;
(async () => {
  const latencies = [];
  let issued = 0;
  let bytes = 0;
  const start = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (issued < total) {
      issued += 1;
      const t = performance.now();
      const response = await fetch(url, { headers: { cookie } });
      const body = await response.arrayBuffer();
      if (response.status !== 200) throw new Error('Scorecard answered ' + response.status);
      latencies.push(performance.now() - t);
      bytes = body.byteLength;
    }
  }));
  parentPort.postMessage({ latencies, seconds: (performance.now() - start) / 1000, bytes });
})().catch((error) => parentPort.postMessage({ error: String(error) }));
`;

/** Runs `total` requests from `concurrency` clients (in a worker thread) and returns every latency, sorted. */
function load(url: string, cookie: string, concurrency: number, total: number) {
  return new Promise<{ latencies: number[]; seconds: number; bytes: number }>((resolve, reject) => {
    const worker = new Worker(LOAD_WORKER, { eval: true, workerData: { url, cookie, concurrency, total } });
    worker.once('message', (m: { latencies: number[]; seconds: number; bytes: number } | { error: string }) => {
      void worker.terminate();
      if ('error' in m) reject(new Error(m.error));
      else resolve({ ...m, latencies: m.latencies.sort((a, b) => a - b) });
    });
    worker.once('error', reject);
  });
}

/** Starts V8's CPU profiler on this thread (the server's); `stop` returns the profile (open it in Chrome DevTools). */
async function startProfiler() {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return {
    async stop() {
      const { profile } = await session.post('Profiler.stop');
      session.disconnect();
      return profile;
    },
  };
}

export async function runBenchmark(args: string[]): Promise<void> {
  const sizes = {
    ...DEMO_STATUTORY,
    ssda903Children: numberFlag(args, 'looked-after-children', 3_400),
    cinChildren: numberFlag(args, 'cin-children', 18_000),
  };
  const concurrency = numberFlag(args, 'concurrency', 20);
  const requests = numberFlag(args, 'requests', 1_000);
  const profileIndex = args.indexOf('--profile');
  const profileFile = profileIndex >= 0 ? args[profileIndex + 1] : undefined;

  const cluster = await startPostgresCluster();
  if ('skip' in cluster) {
    console.log(`Scorecard API not measured: ${cluster.skip}.`);
    return;
  }
  const handle = openPostgres(cluster.url('postgres'), 10);
  const deps: AppDeps = {
    db: handle.db,
    engine: handle.engine,
    clock: createClock(),
    config: benchConfig({ seedDemo: true, demoPassword: PASSWORD }),
    jobs: new JobRegistry(),
    cache: new ComputeCache(),
    reportBrowser: new ReportBrowser(),
  };
  try {
    await migrateToLatest(handle.db);
    let start = performance.now();
    const seeded = await seedDemoIfEmpty(deps, (m) => console.log(`  ${m.trim()}`), sizes);
    if (!seeded) throw new Error('The benchmark database was not empty.');
    console.log(`Seeded the large authority in ${((performance.now() - start) / 1000).toFixed(1)} s.`);

    const app = await buildApp(deps, { signInRateLimit: 10_000 });
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
      const lead = seeded.users.find((u) => u.role === 'improvement-lead');
      if (!lead) throw new Error('The seed made no improvement lead.');
      const cookie = await signIn(base, lead.email);
      const url = `${base}/api/measures`;

      // Cold: every measure computed from the stored data again, all clients asking at once.
      deps.cache.clear();
      start = performance.now();
      const coldRequests = Promise.all(Array.from({ length: concurrency }, () => timedScorecard(url, cookie)));
      // Meanwhile another user's light request, every 100 ms: how long does the computation hold it up?
      const healthWaits: number[] = [];
      let computing = true;
      const probe = (async () => {
        while (computing) {
          const t = performance.now();
          await fetch(`${base}/api/health`);
          healthWaits.push(performance.now() - t);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      })();
      const cold = await coldRequests;
      computing = false;
      await probe;
      const coldSeconds = (performance.now() - start) / 1000;
      const scorecard = (await (await fetch(url, { headers: { cookie } })).json()) as {
        measures: Array<{ status: string }>;
      };
      const computed = scorecard.measures.filter((m) => m.status === 'computed').length;
      console.log(
        `Scorecard: ${scorecard.measures.length} measures (${computed} computed from the stored data), ` +
          `${Math.round(cold[0]!.bytes / 1024)} KB of JSON.`,
      );
      console.log(
        `Cold cache, ${concurrency} concurrent requests: all answered in ${coldSeconds.toFixed(2)} s ` +
          `(load, compute and serialise once, shared). Meanwhile GET /api/health took at most ` +
          `${ms(Math.max(...healthWaits))} (${healthWaits.length} probes).`,
      );

      await load(url, cookie, concurrency, Math.min(100, requests)); // warm-up: JIT and connection pool
      const profiler = profileFile ? await startProfiler() : null;
      const warm = await load(url, cookie, concurrency, requests);
      if (profiler && profileFile) {
        writeFileSync(profileFile, JSON.stringify(await profiler.stop()));
        console.log(`CPU profile of the server during the steady state written to ${profileFile}.`);
      }
      const p50 = quantile(warm.latencies, 0.5);
      const p95 = quantile(warm.latencies, 0.95);
      const p99 = quantile(warm.latencies, 0.99);
      console.log(
        `Steady state, ${concurrency} concurrent clients, ${requests} requests: p50 ${ms(p50)}, p95 ${ms(p95)}, ` +
          `p99 ${ms(p99)}, max ${ms(warm.latencies.at(-1)!)}; ${(requests / warm.seconds).toFixed(0)} requests/s. ` +
          `Target p95 under ${TARGET_P95_MS} ms.`,
      );
      console.log(`Peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB.`);
      if (p95 >= TARGET_P95_MS) process.exitCode = 1;
    } finally {
      await app.close();
    }
  } finally {
    await deps.jobs.idle();
    await handle.close();
    cluster.stop();
  }
}
