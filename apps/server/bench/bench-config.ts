import type { Config } from '../src/config.ts';

/** Configuration for benchmarks: nothing listens or is written to disk unless a benchmark says so. */
export function benchConfig(overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir: '/nonexistent',
    secureCookies: false,
    seedDemo: false,
    logLevel: 'silent',
    webDist: '/nonexistent',
    chromiumPath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    ...overrides,
  };
}
