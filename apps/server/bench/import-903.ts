/**
 * `npm run bench -- 903` (second half): imports the cached national SSDA903 return (made by the package benchmark)
 * into a throwaway PostgreSQL cluster through the real import service — validate, then store both tables and
 * issues — and prints the store time. Target: import into PostgreSQL under 20 s.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPostgres } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { insertAuthority } from '../src/modules/authorities/authorities.repository.ts';
import { ReportBrowser } from '../src/modules/reports/render/index.ts';
import type { ImportFile } from '../src/modules/statutory-imports/dataset.ts';
import * as imports from '../src/modules/statutory-imports/imports.service.ts';
import { validateDataset } from '../src/modules/statutory-imports/validate-dataset.ts';
import { systemActor } from '../src/platform/actor.ts';
import { createClock } from '../src/platform/clock.ts';
import { ComputeCache } from '../src/platform/compute-cache.ts';
import { JobRegistry } from '../src/platform/jobs.ts';
import { startPostgresCluster } from '../test/support/postgres-cluster.ts';
import { benchConfig } from './bench-config.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function newestCache(): string | null {
  const base = join(ROOT, '.cache', 'bench', '903');
  if (!existsSync(base)) return null;
  const dirs = readdirSync(base)
    .map((d) => join(base, d))
    .filter((d) => existsSync(join(d, 'done')))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return dirs[0] ?? null;
}

function files(dir: string, role: ImportFile['role']): ImportFile[] {
  return readdirSync(dir)
    .sort()
    .map((name) => ({ role, name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
}

/** Runs the import benchmark against the newest cached national return. */
export async function runBenchmark(_args: string[]): Promise<void> {
  const dir = newestCache();
  if (!dir) {
    console.log('No cached national return yet: the SSDA903 package benchmark makes it first.');
    return;
  }
  const year = Number(/-(\d{4})-/.exec(dir)?.[1] ?? 2026);
  const cluster = await startPostgresCluster();
  if ('skip' in cluster) {
    console.log(`Import into PostgreSQL not measured: ${cluster.skip}.`);
    return;
  }
  const handle = openPostgres(cluster.url('postgres'), 4);
  try {
    await migrateToLatest(handle.db);
    const deps = {
      db: handle.db,
      engine: handle.engine,
      clock: createClock(),
      config: benchConfig(),
      jobs: new JobRegistry(),
      cache: new ComputeCache(),
      reportBrowser: new ReportBrowser(),
    };
    const authorityId = await insertAuthority(handle.db, {
      code: 'E06009901',
      laNumber: '990',
      name: 'Benchmark Council',
      shortName: 'Benchmark',
      population0to17: 12_000_000,
      isDemo: false,
    });
    const actor = {
      ...systemActor(authorityId, 'benchmark'),
      authorityId,
      role: 'analyst' as const,
      email: 'benchmark',
      requestId: 'bench',
    };
    const upload = [
      ...files(join(dir, 'current'), 'current'),
      ...files(join(dir, 'previous'), 'previous'),
      ...files(join(dir, 'providers'), 'providers'),
      {
        role: 'postcodes' as const,
        name: 'postcodes.csv',
        bytes: new Uint8Array(readFileSync(join(dir, 'reference', 'postcodes.csv'))),
      },
      {
        role: 'authorities' as const,
        name: 'authorities.csv',
        bytes: new Uint8Array(readFileSync(join(dir, 'reference', 'authorities.csv'))),
      },
    ];
    let t = performance.now();
    const started = await imports.startImport(deps, actor, { dataset: 'ssda903', year, files: upload }, (r, p) =>
      validateDataset(r, p),
    );
    await started.wait;
    const validateMs = performance.now() - t;
    const validated = await imports.getImport(deps, actor, started.id);
    t = performance.now();
    const stored = await imports.storeImport(deps, actor, started.id);
    const storeMs = performance.now() - t;
    const rows = Object.values(stored.counts).reduce((n, v) => n + v, 0);
    console.log(
      `SSDA903 import into PostgreSQL: upload + validate + issues ${(validateMs / 1000).toFixed(2)} s (${validated.errorCount + validated.queryCount} issues), ` +
        `store ${(storeMs / 1000).toFixed(2)} s for ${rows.toLocaleString('en-GB')} rows — target under 20 s. Peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB.`,
    );
  } finally {
    await handle.close();
    cluster.stop();
  }
}
