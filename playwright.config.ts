import { defineConfig } from '@playwright/test';

const PORT = 4179;
const DATA_DIR = `${process.env.TMPDIR ?? '/tmp'}/waypoint-e2e-${process.pid}`;

/**
 * Browser tests run the real server (built web app + API, embedded database seeded with the demo authority on
 * the story's "today") in Debian's Chromium. Browsers are never downloaded.
 */
export default defineConfig({
  testDir: './e2e',
  workers: 1,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/e2e-artifacts',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `rm -rf ${DATA_DIR} && node --import tsx apps/server/src/main.ts`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      WAYPOINT_DATA_DIR: DATA_DIR,
      DEMO_TODAY: '2026-07-15',
      WAYPOINT_FIXED_TODAY: '2026-07-15',
      WAYPOINT_DEMO_PASSWORD: 'demo-password-for-tests',
      WAYPOINT_SIGN_IN_RATE_LIMIT: '1000',
      WAYPOINT_LOG_LEVEL: 'warn',
    },
  },
});
