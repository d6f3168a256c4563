import { defineProject } from 'vitest/config';

// The server's database tests run twice: here against the embedded database (PGlite), and in
// vitest.postgres.config.ts against a throwaway PostgreSQL cluster.
export default defineProject({
  test: {
    name: 'server',
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    globalSetup: ['test/support/global-setup-pglite.ts'],
    env: { WAYPOINT_TEST_DB: 'pglite' },
  },
});
