import { defineProject } from 'vitest/config';

// The same tests as vitest.config.ts, against PostgreSQL started by the global setup with the machine's
// initdb/pg_ctl (skipped with a clear message where PostgreSQL is not installed). Tests that use no database
// (`*.unit.test.ts`) run once, in the embedded-database project.
export default defineProject({
  test: {
    name: 'server-postgres',
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    exclude: ['**/*.unit.test.ts', '**/node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    globalSetup: ['test/support/global-setup-postgres.ts'],
    env: { WAYPOINT_TEST_DB: 'postgres' },
  },
});
