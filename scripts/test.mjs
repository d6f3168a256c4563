// `npm test`: lint, type check, unit/API/database tests (Vitest: PGlite and PostgreSQL), then browser tests
// (Playwright against the built app in the system Chromium). Ends with one plain summary line for CI:
//   tests: N passed, N failed, N skipped
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const env = { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', FORCE_COLOR: process.env.CI ? '0' : '1' };
const totals = { passed: 0, failed: 0, skipped: 0 };
const problems = [];

function step(name, command, args) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  console.log(
    `◀ ${name}: ${result.status === 0 ? 'ok' : `failed (exit ${result.status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return result.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

if (!step('Lint and format (Biome)', npx, ['biome', 'check', '.'])) problems.push('lint');
if (!step('Type check (tsc)', process.execPath, ['scripts/typecheck.mjs'])) problems.push('typecheck');

const vitestOk = step('Unit, API and database tests (Vitest)', npx, [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/vitest.json',
]);
const vitest = readJson('test-results/vitest.json');
if (vitest) {
  totals.passed += vitest.numPassedTests ?? 0;
  totals.failed += vitest.numFailedTests ?? 0;
  totals.skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
  if (!vitestOk && (vitest.numFailedTests ?? 0) === 0) problems.push('vitest (a suite failed to run)');
} else {
  problems.push('vitest (no report)');
}

if (step('Build the web app (Vite)', npx, ['vite', 'build', '--logLevel', 'warn', 'apps/web'])) {
  const e2eOk = step('Browser tests (Playwright + axe, system Chromium)', npx, ['playwright', 'test']);
  const e2e = readJson('test-results/e2e.json');
  if (e2e?.stats) {
    totals.passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
    totals.failed += e2e.stats.unexpected ?? 0;
    totals.skipped += e2e.stats.skipped ?? 0;
    if (!e2eOk && (e2e.stats.unexpected ?? 0) === 0) problems.push('playwright (run failed)');
  } else {
    problems.push('playwright (no report)');
  }
} else {
  problems.push('web build');
}

if (problems.length > 0) console.log(`\nAlso failed: ${problems.join(', ')}`);
const failed = totals.failed + problems.length;
console.log(`\ntests: ${totals.passed} passed, ${failed} failed, ${totals.skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
